//! Every sensitive property, set through each source klar reads (a
//! properties file, the environment, -X), never shows in anything klar
//! prints: stdout, stderr, --explain, config-explain in every form, the
//! -vv / --debug all logs, and error messages.

mod common;

use common::*;

/// The sensitive properties this build accepts. ssl_key is set through
/// librdkafka's C API only, and the OAuth/OIDC ones need a librdkafka built
/// with libcurl: both are refused, which a test below checks without echoing.
const ACCEPTED: [&str; 8] = [
    "sasl.username",
    "sasl.password",
    "ssl.key.password",
    "ssl.key.pem",
    "ssl.key.location",
    "ssl.ca.pem",
    "ssl.keystore.password",
    "sasl.oauthbearer.config",
];

/// A value unlike anything klar prints, so that any 8 characters of it in
/// the output are a leak.
fn secret(source: &str, i: usize) -> String {
    format!("Zq9{source}{i:02}Wv7Xk3Pm")
}

/// How a command is given the values: extra arguments and environment.
struct Setup {
    args: Vec<String>,
    env: Vec<(String, String)>,
    secrets: Vec<String>,
    _dir: tempfile::TempDir,
}

fn setup(source: &str) -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let names = &ACCEPTED;
    let secrets: Vec<String> = (0..names.len()).map(|i| secret(source, i)).collect();
    let mut args = Vec::new();
    let mut env = Vec::new();
    match source {
        "file" => {
            let f = dir.path().join("client.properties");
            let body: String = names
                .iter()
                .zip(&secrets)
                .map(|(n, v)| format!("{n}={v}\n"))
                .collect();
            std::fs::write(&f, body).unwrap();
            args.extend(["-F".to_string(), f.display().to_string()]);
        }
        "env" => {
            for (n, v) in names.iter().zip(&secrets) {
                env.push((
                    format!("KLAR_X_{}", n.to_ascii_uppercase().replace('.', "_")),
                    v.clone(),
                ));
            }
        }
        _ => {
            for (n, v) in names.iter().zip(&secrets) {
                args.extend(["-X".to_string(), format!("{n}={v}")]);
            }
        }
    }
    Setup {
        args,
        env,
        secrets,
        _dir: dir,
    }
}

fn run(s: &Setup, args: &[&str], input: &[u8]) -> (String, std::process::Output) {
    use std::io::Write;
    let mut cmd = klar();
    cmd.args(args);
    // Client flags go after the subcommand(s).
    cmd.args(&s.args);
    for (k, v) in &s.env {
        cmd.env(k, v);
    }
    let mut child = spawn_piped(&mut cmd);
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(input).unwrap();
    drop(stdin);
    let o = wait_with_timeout(child, std::time::Duration::from_secs(60));
    (format!("{}{}", stdout(&o), stderr(&o)), o)
}

fn assert_hidden(s: &Setup, what: &str, text: &str) {
    for secret in &s.secrets {
        // Any run of 8 characters of the value would be a leak.
        for w in secret.as_bytes().windows(8) {
            let piece = std::str::from_utf8(w).unwrap();
            assert!(
                !text.contains(piece),
                "{what}: {piece:?} of a secret leaked:\n{text}"
            );
        }
    }
}

#[test]
fn secrets_never_appear_in_any_output_from_any_source() {
    let mock = Mock::start(&["sec:1"]);
    for source in ["file", "env", "flag"] {
        let s = setup(source);
        let b = mock.bootstrap.as_str();
        let cases: Vec<(&str, Vec<&str>, &[u8], i32)> = vec![
            (
                "produce",
                vec![
                    "-vv",
                    "produce",
                    "-b",
                    b,
                    "-t",
                    "sec",
                    "--debug",
                    "all",
                    "--explain",
                    "-o",
                    "json",
                ],
                b"hello\n",
                0,
            ),
            (
                "consume",
                vec![
                    "-vv",
                    "consume",
                    "-b",
                    b,
                    "-t",
                    "sec",
                    "-o",
                    "beginning",
                    "-e",
                    "--debug",
                    "all",
                    "--explain",
                    "-J",
                ],
                b"",
                0,
            ),
            (
                "admin",
                vec![
                    "-vv",
                    "admin",
                    "metadata",
                    "-b",
                    b,
                    "--debug",
                    "all",
                    "--explain",
                ],
                b"",
                0,
            ),
            (
                "explain-only",
                vec!["produce", "-b", b, "-t", "sec", "--explain-only"],
                b"",
                0,
            ),
            ("config-explain", vec!["config-explain"], b"", 0),
            (
                "config-explain set",
                vec!["config-explain", "--set-only"],
                b"",
                0,
            ),
            (
                "config-explain json",
                vec!["config-explain", "-o", "json"],
                b"",
                0,
            ),
            (
                "config-explain detail",
                vec!["config-explain", "sasl.*", "ssl.*"],
                b"",
                0,
            ),
            (
                "lint",
                vec!["config-explain", "--lint", "-o", "json"],
                b"",
                0,
            ),
            (
                "unreachable",
                vec![
                    "produce",
                    "-b",
                    "127.0.0.1:1",
                    "-t",
                    "sec",
                    "--timeout",
                    "1s",
                ],
                b"x\n",
                3,
            ),
        ];
        for (what, args, input, want) in cases {
            let (text, o) = run(&s, &args, input);
            assert_eq!(code(&o), want, "{source} {what}: {text}");
            assert_hidden(&s, &format!("{source} {what}"), &text);
            if what == "produce" {
                assert!(
                    text.contains("klar: debug: "),
                    "{source}: librdkafka's debug logs were shown"
                );
            }
            if what == "config-explain set" {
                assert!(
                    text.contains("(redacted)"),
                    "{source}: the values are shown masked"
                );
            }
        }
    }
}

/// `klar produce` with one `-X` setting and a broker that is never reached.
fn produce_with(setting: &str) -> std::process::Output {
    klar()
        .args(["produce", "-t", "t", "-b", "x:1", "-X", setting])
        .output()
        .unwrap()
}

#[test]
fn refused_sensitive_values_are_not_echoed() {
    for (i, name) in [
        "ssl_key",
        "sasl.oauthbearer.client.secret",
        "sasl.oauthbearer.assertion.private.key.file",
        "sasl.oauthbearer.assertion.private.key.passphrase",
        "sasl.oauthbearer.assertion.private.key.pem",
    ]
    .into_iter()
    .enumerate()
    {
        let value = secret("refused", i);
        let o = produce_with(&format!("{name}={value}"));
        assert_eq!(code(&o), 2, "{name}");
        assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
        assert!(stderr(&o).contains(name), "{}", stderr(&o));
        assert!(!stderr(&o).contains(&value[..10]), "{}", stderr(&o));
    }
    // A bad value of a sensitive property is masked in the error too.
    let o = produce_with("ssl.key.pem=Zq9bad\u{1}value");
    assert!(!stderr(&o).contains("Zq9bad"), "{}", stderr(&o));
    // A value typed with another separator than `=` was echoed whole, in
    // -X, in admin's KEY=VALUE lists and as a config-explain name.
    for sep in [":", " ", "\t"] {
        let value = secret("separator", 0);
        let typed = format!("sasl.password{sep}{value}");
        for o in [
            produce_with(&typed),
            klar()
                .args(["admin", "-b", "x:1", "topic", "create", "t", "-c", &typed])
                .output()
                .unwrap(),
            klar().args(["config-explain", &typed]).output().unwrap(),
        ] {
            assert_eq!(code(&o), 2, "{}", stderr(&o));
            assert!(stderr(&o).contains("sasl.password"), "{}", stderr(&o));
            assert!(!stderr(&o).contains(&value[..6]), "{}", stderr(&o));
        }
    }
}

/// A JAAS line that starts with its options, or is a secret pasted alone,
/// has no class name for `--import` to show: what stands first is never
/// echoed as one, and the password still becomes a redacted line.
#[test]
fn import_never_takes_a_secret_for_a_login_module() {
    let value = secret("jaas", 0);
    for (line, password_line) in [
        (
            format!("sasl.jaas.config=password=\"{value}\" username=\"a\";\n"),
            true,
        ),
        (format!("sasl.jaas.config={value}\n"), false),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("java.properties");
        std::fs::write(&f, line).unwrap();
        let o = klar()
            .args(["config-explain", "--import"])
            .arg(&f)
            .output()
            .unwrap();
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        let all = format!("{}{}", stdout(&o), stderr(&o));
        assert!(!all.contains(&value[..10]), "{all}");
        assert!(all.contains("names no login module class"), "{all}");
        assert_eq!(
            stdout(&o).contains("# sasl.password=(redacted)"),
            password_line,
            "{all}"
        );
    }
}

/// librdkafka quotes pieces of a sasl.oauthbearer.config it cannot parse
/// (`Unrecognized sasl.oauthbearer.config beginning at: bogus=TOKEN`): no
/// piece of the value may show, only the whole was masked.
#[test]
fn pieces_of_a_sensitive_value_that_librdkafka_quotes_are_masked() {
    let mock = Mock::start(&["oa:1"]);
    let token = secret("piece", 0);
    for config in [
        format!("principal=alice bogus={token}"),
        format!("principal=ali\"{token}"),
        format!("principal=abc lifeSeconds={token}"),
    ] {
        let o = klar_with_input(
            &[
                "produce",
                "-b",
                &mock.bootstrap,
                "-t",
                "oa",
                "--timeout",
                "2s",
                "-X",
                "security.protocol=sasl_plaintext",
                "-X",
                "sasl.mechanism=OAUTHBEARER",
                "-X",
                "enable.sasl.oauthbearer.unsecure.jwt=true",
                "-X",
                &format!("sasl.oauthbearer.config={config}"),
            ],
            b"x\n",
        );
        let err = stderr(&o);
        assert_eq!(code(&o), 3, "{err}");
        assert!(err.contains("sasl.oauthbearer.config"), "{err}");
        assert!(!err.contains(&token[..8]), "{config}: {err}");
    }
}

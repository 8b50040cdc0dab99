//! `klar admin` against tansu 0.6.0 (sqlite storage), crabka-broker 0.3.0
//! (what tansu lacks) and librdkafka's mock cluster. Text output is compared
//! whole (tab-separated, as into a pipe); `-o json` is parsed. The one test
//! that needs a complete Kafka reads KLAR_TEST_KAFKA=host:port and is
//! ignored without it.

mod common;

use std::time::{Duration, Instant};

use common::admin::*;
use common::crabka::*;
use common::*;
use serde_json::Value;

#[test]
fn metadata_shows_cluster_brokers_and_partitions() {
    let t = Tansu::start();
    ok(
        &t.bootstrap,
        &["topic", "create", "md", "-p", "2", "-r", "1"],
    );
    let port = t.bootstrap.rsplit(':').next().unwrap();
    let text = ok(&t.bootstrap, &["metadata", "-t", "md"]);
    assert_eq!(
        text,
        format!(
            "CLUSTER\tCONTROLLER\ntansu_cluster\t111\n\n\
             BROKER\tHOST\tPORT\tRACK\n111\t127.0.0.1\t{port}\t-\n\n\
             TOPIC\tPARTITION\tLEADER\tREPLICAS\tISR\tOFFLINE\tSTATUS\n\
             md\t0\t111\t111\t111\t\tok\n\
             md\t1\t111\t111\t111\t\tok\n"
        )
    );
    // The alias, and JSON.
    let v = json(&t.bootstrap, &["cluster", "-t", "md"]);
    assert_eq!(v["cluster_id"], "tansu_cluster");
    assert_eq!(v["controller"], 111);
    assert_eq!(v["brokers"][0]["port"].as_i64().unwrap().to_string(), port);
    assert_eq!(v["topics"][0]["name"], "md");
    assert_eq!(v["topics"][0]["partitions"][1]["isr"][0], 111);
    assert_eq!(v["topics"][0]["partitions"][1]["status"], "ok");
    // Nothing is under-replicated on one broker.
    let under = ok(
        &t.bootstrap,
        &["metadata", "-t", "md", "--under-replicated"],
    );
    assert!(under.ends_with("STATUS\n"), "{under}");
    let v = json(&t.bootstrap, &["metadata", "--under-replicated"]);
    assert_eq!(v["topics"], serde_json::json!([]), "{v}");
    // A topic the cluster does not have: its error on stderr, and in JSON
    // where the topic would be.
    let o = admin(&t.bootstrap, &words("metadata -t md -t nosuch -o json"));
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let names: Vec<&str> = v["topics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["md", "nosuch"], "{v}");
    assert_eq!(v["topics"][0]["error"], serde_json::Value::Null);
    assert_eq!(
        v["topics"][1]["error"]["code"], "UNKNOWN_TOPIC_OR_PART",
        "{v}"
    );
}

#[test]
fn topic_create_list_describe_delete() {
    let t = Tansu::start();
    let out = ok(
        &t.bootstrap,
        &["topic", "create", "alpha", "beta", "-p", "3", "-r", "1"],
    );
    assert_eq!(out, "TOPIC\tRESULT\nalpha\tcreated\nbeta\tcreated\n");

    let dup = admin(&t.bootstrap, &words("topic create alpha -p 1"));
    assert_eq!(code(&dup), 1);
    assert_eq!(stdout(&dup), "");
    assert_eq!(
        stderr(&dup),
        "klar: error: topic alpha: TOPIC_ALREADY_EXISTS: Topic with this name already exists.\n"
    );

    assert_eq!(
        ok(&t.bootstrap, &["topic", "list"]),
        "TOPIC\tPARTITIONS\tREPLICATION\nalpha\t3\t1\nbeta\t3\t1\n"
    );
    produce_n(&t.bootstrap, "alpha", 10);
    assert_eq!(
        ok(&t.bootstrap, &["topic", "describe", "alpha"]),
        "TOPIC\tPARTITION\tLEADER\tREPLICAS\tISR\tSTATUS\tLOW\tHIGH\n\
         alpha\t0\t111\t111\t111\tok\t0\t10\n\
         alpha\t1\t111\t111\t111\tok\t0\t0\n\
         alpha\t2\t111\t111\t111\tok\t0\t0\n"
    );
    let v = json(&t.bootstrap, &["topic", "describe", "alpha"]);
    assert_eq!(v[0]["partitions"][0]["high_watermark"], 10);
    assert_eq!(v[0]["partitions"][0]["low_watermark"], 0);
    assert_eq!(v[0]["partitions"][2]["leader"], 111);

    let missing = admin(&t.bootstrap, &words("topic describe nope"));
    assert_eq!(code(&missing), 1);
    assert_eq!(
        stderr(&missing),
        "klar: error: topic nope: UNKNOWN_TOPIC_OR_PART: Broker: Unknown topic or partition\n"
    );
    // In JSON the missing topic is there too, with its error, in order.
    let o = admin(&t.bootstrap, &words("topic describe nope alpha -o json"));
    assert_eq!(code(&o), 1);
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v[0]["name"], "nope");
    assert_eq!(v[0]["error"]["code"], "UNKNOWN_TOPIC_OR_PART");
    assert_eq!(v[1]["name"], "alpha");
    assert_eq!(v[1]["error"], Value::Null);
    assert_eq!(v[1]["partitions"].as_array().unwrap().len(), 3);

    // A name or partition given twice is asked for once (librdkafka
    // refuses repeats, and a broker may answer them wrongly).
    assert_eq!(
        ok(&t.bootstrap, &words("topic describe alpha alpha")),
        ok(&t.bootstrap, &words("topic describe alpha"))
    );
    assert_eq!(
        ok(&t.bootstrap, &words("offsets -t alpha:0,0 -t alpha:0")),
        ok(&t.bootstrap, &words("offsets -t alpha:0"))
    );
    // A broker id the cluster does not have: at once, not after --timeout.
    let start = Instant::now();
    assert_eq!(
        one_line_failure(&t.bootstrap, &words("config describe broker 7")),
        "klar: error: broker 7 is not in the cluster (its brokers: 111)\n"
    );
    assert!(start.elapsed() < Duration::from_secs(5));
    // Deleting records past a partition's end deletes nothing anywhere.
    assert_eq!(
        one_line_failure(
            &t.bootstrap,
            &words("records delete -t alpha --before 5 --yes")
        ),
        "klar: error: --before 5 is past the end of alpha [1] (its high watermark is 0); \
         nothing deleted (name partitions with -p, or use --before end)\n"
    );

    assert_eq!(
        ok(&t.bootstrap, &["topic", "delete", "beta"]),
        "TOPIC\tRESULT\nbeta\tdeleted\n"
    );
    // (tansu 0.6 with sqlite drops every topic on DeleteTopics, so only
    // the deleted one is checked.)
    let v = json(&t.bootstrap, &["topic", "list"]);
    assert!(
        !v.as_array().unwrap().iter().any(|t| t["name"] == "beta"),
        "{v}"
    );
}

#[test]
fn topic_list_json() {
    let t = Tansu::start();
    ok(&t.bootstrap, &["topic", "create", "j1", "-p", "3"]);
    let v = json(&t.bootstrap, &["topic", "list"]);
    assert_eq!(v[0]["name"], "j1");
    assert_eq!(v[0]["partitions"], 3);
    assert_eq!(v[0]["replication_factor"], 1);
    assert_eq!(v[0]["error"], Value::Null);
}

#[test]
fn configs_describe_and_incremental_set() {
    let t = Tansu::start();
    ok(
        &t.bootstrap,
        &[
            "topic",
            "create",
            "cfg",
            "-p",
            "1",
            "-c",
            "retention.ms=1000",
        ],
    );
    assert_eq!(
        ok(
            &t.bootstrap,
            &["config", "describe", "topic", "cfg", "--all"]
        ),
        "NAME\tVALUE\tSOURCE\tREAD_ONLY\tSENSITIVE\tSYNONYMS\n\
         retention.ms\t1000\tdefault\tfalse\tfalse\t-\n"
    );
    // tansu tags what was set as DEFAULT_CONFIG, so without --all it is
    // hidden, and klar says so.
    let o = admin(&t.bootstrap, &words("config describe topic cfg"));
    assert_eq!(code(&o), 0);
    assert_eq!(stdout(&o), "NAME\tVALUE\tSOURCE\tREAD_ONLY\tSENSITIVE\n");
    assert_eq!(
        stderr(&o),
        "klar: 1 entry at the default not shown; --all shows them\n"
    );

    assert_eq!(
        ok(
            &t.bootstrap,
            &[
                "config",
                "set",
                "topic",
                "cfg",
                "retention.ms=5000",
                "cleanup.policy=compact"
            ]
        ),
        "RESOURCE\tNAME\tENTRY\tOPERATION\tVALUE\tRESULT\n\
         topic\tcfg\tretention.ms\tset\t5000\tdone\n\
         topic\tcfg\tcleanup.policy\tset\tcompact\tdone\n"
    );
    let v = json(
        &t.bootstrap,
        &["config", "describe", "topic", "cfg", "--all"],
    );
    assert_eq!(v["resource"], "topic");
    let entries: Vec<(String, String)> = v["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["name"].as_str().unwrap().to_string(),
                e["value"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        entries,
        [
            ("cleanup.policy".to_string(), "compact".to_string()),
            ("retention.ms".to_string(), "5000".to_string())
        ]
    );
    assert_eq!(v["entries"][0]["sensitive"], false);
    assert!(v["entries"][0]["synonyms"].is_array());

    ok(
        &t.bootstrap,
        &["config", "delete", "topic", "cfg", "cleanup.policy"],
    );
    let v = json(
        &t.bootstrap,
        &["config", "describe", "topic", "cfg", "--all"],
    );
    assert_eq!(v["entries"].as_array().unwrap().len(), 1);
    // A password set is not printed back, in either form.
    let set = ["config", "set", "topic", "cfg", "my.password=Zq9hunter"];
    assert_eq!(
        ok(&t.bootstrap, &set),
        "RESOURCE\tNAME\tENTRY\tOPERATION\tVALUE\tRESULT\n\
         topic\tcfg\tmy.password\tset\t(redacted)\tdone\n"
    );
    let v = json(&t.bootstrap, &set);
    assert_eq!(v["changes"][0]["value"], "(redacted)", "{v}");
    assert_eq!(v["changes"][0]["result"], "done", "{v}");
}

#[test]
fn group_lag_reset_and_delete() {
    let t = Tansu::start();
    ok(&t.bootstrap, &["topic", "create", "gt", "-p", "1"]);
    produce_n(&t.bootstrap, "gt", 100);
    let first = consume_group(&t.bootstrap, "g1", "gt", &["-o", "beginning", "-c", "40"]);
    assert_eq!(first.lines().count(), 40);

    let v = json(&t.bootstrap, &["group", "list"]);
    assert!(
        v.as_array().unwrap().iter().any(|g| g["group"] == "g1"),
        "{v}"
    );
    // tansu does not say what state a group is in.
    assert_eq!(
        ok(&t.bootstrap, &["group", "list"]),
        "GROUP\tSTATE\tTYPE\ng1\tUnknown\tclassic\n"
    );
    // tansu ignores the state filter; klar applies it, and says what it left out.
    // A state given twice is asked for once (librdkafka refuses repeats).
    let o = admin(
        &t.bootstrap,
        &words("group list --state stable --state empty --state stable"),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(stdout(&o), "GROUP\tSTATE\tTYPE\n");
    assert_eq!(
        stderr(&o),
        "klar: warning: 1 group(s) left out: the cluster listed them in another state, or in \
         none it could tell (Unknown), despite --state\n"
    );
    let o = admin(&t.bootstrap, &words("group describe g1 -s"));
    assert_eq!(
        stdout(&o),
        "GROUP\tSTATE\tASSIGNOR\tCOORDINATOR\tMEMBERS\tLAG\ng1\t-\t-\t-\t-\t60\n\n\
         GROUP\tTOPIC\tLAG\ng1\tgt\t60\n"
    );

    // tansu closes the connection on DescribeConsumerGroups: offsets and
    // lag are still shown, with one warning line.
    let o = admin(&t.bootstrap, &words("group describe g1"));
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "GROUP\tSTATE\tASSIGNOR\tCOORDINATOR\tMEMBERS\tLAG\ng1\t-\t-\t-\t-\t60\n\n\
         GROUP\tTOPIC\tPARTITION\tCOMMITTED\tLOG_END\tLAG\tCONSUMER_ID\tCLIENT_ID\tHOST\n\
         g1\tgt\t0\t40\t100\t60\t-\t-\t-\n"
    );
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("g1: no member details, only committed offsets and lag")
            && err.contains("DescribeConsumerGroups"),
        "{err}"
    );
    assert!(
        err.starts_with("klar: warning: group g1: no member details"),
        "{err}"
    );

    // A group the cluster does not know is an error, not an empty report;
    // the groups that exist are still shown, each table set apart.
    // Asked about a topic too, its partitions are no offsets of the group.
    for cmd in ["group describe nosuch", "group describe nosuch --topic gt"] {
        let o = admin(&t.bootstrap, &words(cmd));
        assert_eq!(code(&o), 1, "{cmd}: {}", stderr(&o));
        assert_eq!(stdout(&o), "", "{cmd}");
        assert_eq!(
            stderr(&o),
            "klar: error: group \"nosuch\" does not exist: the cluster knows no member and no \
             committed offset of it\n",
            "{cmd}"
        );
    }
    // A group that committed only for other topics exists all the same.
    ok(&t.bootstrap, &["topic", "create", "gt-other", "-p", "1"]);
    let o = admin(&t.bootstrap, &words("group describe g1 --topic gt-other"));
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stdout(&o).ends_with("\ng1\tgt-other\t0\t-\t0\t-\t-\t-\t-\n"),
        "{}",
        stdout(&o)
    );
    let o = admin(
        &t.bootstrap,
        &words("group reset-offsets g2 --topic gt --to-offset 100 --execute"),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let o = admin(&t.bootstrap, &words("group describe g1 nosuch g2 g1 -s"));
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let head = "GROUP\tSTATE\tASSIGNOR\tCOORDINATOR\tMEMBERS\tLAG\n";
    assert_eq!(
        stdout(&o),
        format!(
            "{head}g1\t-\t-\t-\t-\t60\n\nGROUP\tTOPIC\tLAG\ng1\tgt\t60\n\n\
             {head}g2\t-\t-\t-\t-\t0\n\nGROUP\tTOPIC\tLAG\ng2\tgt\t0\n"
        )
    );
    let err = stderr(&o);
    assert_eq!(
        err.lines()
            .filter(|l| l.starts_with("klar: error: group \"nosuch\" does not exist"))
            .count(),
        1,
        "{err}"
    );
    assert!(
        err.lines().all(|l| l.starts_with("klar: warning: group g")
            || l.starts_with("klar: error: group \"nosuch\"")),
        "{err}"
    );
    // --lagging applies to the summary too.
    let o = admin(&t.bootstrap, &words("group describe g2 -s --lagging"));
    assert_eq!(
        stdout(&o),
        format!("{head}g2\t-\t-\t-\t-\t0\n\nGROUP\tTOPIC\tLAG\n")
    );

    let o = admin(&t.bootstrap, &words("group describe g1 -s -o json"));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v[0]["total_lag"], 60);
    // -s is the summary in JSON too: no per-partition offsets.
    assert!(v[0].get("offsets").is_none(), "{v}");
    let o = admin(&t.bootstrap, &words("group describe g1 -o json"));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v[0]["offsets"][0]["committed"], 40);
    assert_eq!(v[0]["offsets"][0]["log_end"], 100);
    assert_eq!(v[0]["topics"][0]["lag"], 60);

    // Dry run: a plan, nothing changed.
    let o = admin(
        &t.bootstrap,
        &words("group reset-offsets g1 --topic gt --to-offset 90"),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "GROUP\tTOPIC\tPARTITION\tCURRENT\tNEW\ng1\tgt\t0\t40\t90\n"
    );
    assert!(stderr(&o).contains("nothing changed; add --execute"));
    let v = json_lenient(&t.bootstrap, &["group", "describe", "g1"]);
    assert_eq!(v[0]["offsets"][0]["committed"], 40);

    let o = admin(
        &t.bootstrap,
        &words("group reset-offsets g1 --topic gt:0 --shift-by -5 --export"),
    );
    assert_eq!(stdout(&o), "topic,partition,offset\ngt,0,35\n");
    // CSV is not JSON: asked for both, klar says so instead of picking one.
    let both = admin(
        &t.bootstrap,
        &words("group reset-offsets g1 --topic gt:0 --shift-by -5 --export -o json"),
    );
    assert_eq!(code(&both), 2, "{}", stderr(&both));
    assert!(stderr(&both).starts_with("klar: error: --export writes the plan as CSV"));
    // The exported plan read back, as JSON.
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.csv");
    std::fs::write(&plan, stdout(&o)).unwrap();
    let v = json_lenient(
        &t.bootstrap,
        &[
            "group",
            "reset-offsets",
            "g1",
            "--from-file",
            plan.to_str().unwrap(),
        ],
    );
    assert_eq!(v["group"], "g1");
    assert_eq!(v["executed"], false);
    assert_eq!(v["partitions"][0]["current"], 40);
    assert_eq!(v["partitions"][0]["new"], 35);

    let o = admin(
        &t.bootstrap,
        &words("group reset-offsets g1 --topic gt --to-offset 90 --execute"),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v = json_lenient(&t.bootstrap, &["group", "describe", "g1"]);
    assert_eq!(v[0]["offsets"][0]["committed"], 90);
    assert_eq!(v[0]["total_lag"], 10);
    // The group resumes where the reset put it.
    let rest = consume_group(&t.bootstrap, "g1", "gt", &["-e"]);
    let want: String = (90..100).map(|i| format!("m{i}\n")).collect();
    assert_eq!(rest, want);

    assert_eq!(
        ok(&t.bootstrap, &["group", "delete", "g1"]),
        "GROUP\tRESULT\ng1\tdeleted\n"
    );
    let v = json(&t.bootstrap, &["group", "list"]);
    assert!(!v.as_array().unwrap().iter().any(|g| g["group"] == "g1"));
    let err = one_line_failure(&t.bootstrap, &words("group delete g1"));
    assert_eq!(
        err,
        "klar: error: group g1: GROUP_ID_NOT_FOUND: Broker: The group id does not exist\n"
    );
}

#[test]
fn offsets_earliest_latest_and_by_time() {
    let t = Tansu::start();
    ok(&t.bootstrap, &["topic", "create", "ot", "-p", "2"]);
    produce_n(&t.bootstrap, "ot", 7);
    // tansu gives the first record's timestamp with the earliest offset.
    let v = json(&t.bootstrap, &["offsets", "-t", "ot", "--time", "earliest"]);
    let ts = v[0]["timestamp"].as_i64().unwrap();
    assert_eq!(
        ok(&t.bootstrap, &["offsets", "-t", "ot", "--time", "earliest"]),
        format!("TOPIC\tPARTITION\tOFFSET\tTIMESTAMP\not\t0\t0\t{ts}\not\t1\t0\t-\n")
    );
    let v = json(&t.bootstrap, &["offsets", "-t", "ot"]);
    assert_eq!(v[0]["offset"], 7);
    assert_eq!(v[1]["offset"], 0);
    assert_eq!(v[0]["partition"], 0);
    // kcat -Q's and kafka-get-offsets' numbers for earliest and latest.
    let v = json(&t.bootstrap, &["offsets", "-t", "ot:0", "--time", "-1"]);
    assert_eq!(v[0]["offset"], 7, "{v}");
    let v = json(&t.bootstrap, &["offsets", "-t", "ot:0", "--time", "-2"]);
    assert_eq!(v[0]["offset"], 0, "{v}");
    // With no transaction open the last stable offset is the end; both
    // spellings of the level are taken.
    for level in ["read_committed", "read-committed"] {
        let v = json(&t.bootstrap, &["offsets", "-t", "ot", "--isolation", level]);
        assert_eq!(v[0]["offset"], 7);
    }
    let v = json(&t.bootstrap, &["offsets", "-t", "ot:0", "--time", "-1h"]);
    assert_eq!(v.as_array().unwrap().len(), 1);
    assert_eq!(v[0]["offset"], 0, "the first record within the last hour");
}

/// Names and values come from the cluster: a tab, a newline or an escape
/// sequence in them broke a table's rows and reached the terminal. Tables
/// escape them; JSON keeps the exact text.
#[test]
fn control_characters_from_the_cluster_are_escaped_in_tables() {
    let t = Tansu::start();
    ok(&t.bootstrap, &["topic", "create", "cc", "-p", "1"]);
    produce_n(&t.bootstrap, "cc", 1);
    let group = "g\tx\u{1b}[31mRED\nnext";
    consume_group(&t.bootstrap, group, "cc", &["-o", "beginning", "-e"]);
    let listed = ok(&t.bootstrap, &["group", "list"]);
    assert!(
        listed.contains("\ng\\tx\\x1b[31mRED\\nnext\t"),
        "{listed:?}"
    );
    assert!(!listed.contains('\u{1b}'), "{listed:?}");
    let v = json(&t.bootstrap, &["group", "list"]);
    assert!(
        v.as_array().unwrap().iter().any(|g| g["group"] == group),
        "{v}"
    );
}

#[test]
fn apis_tansu_lacks_are_one_line_and_exit_1() {
    let t = Tansu::start();
    ok(&t.bootstrap, &["topic", "create", "u", "-p", "1"]);
    produce_n(&t.bootstrap, "u", 3);
    consume_group(&t.bootstrap, "gu", "u", &["-o", "beginning", "-e"]);

    let err = one_line_failure(&t.bootstrap, &words("topic add-partitions u -p 3"));
    assert!(
        err.contains("CreatePartitions (KIP-195) is not supported by the cluster"),
        "{err}"
    );
    let err = one_line_failure(&t.bootstrap, &words("group delete-offsets gu --topic u"));
    assert!(
        err.contains("DeleteConsumerGroupOffsets (OffsetDelete) (KIP-496) is not supported"),
        "{err}"
    );
    let err = one_line_failure(&t.bootstrap, &words("acl delete --principal User:x"));
    assert!(
        err.contains("DeleteAcls (KIP-140) is not supported"),
        "{err}"
    );
    // tansu's CreateAcls reply makes librdkafka abort; klar survives it.
    let err = one_line_failure(
        &t.bootstrap,
        &words("acl create --resource-type topic --resource-name u --principal User:x --operation read"),
    );
    assert!(err.contains("CreateAcls (KIP-140)"), "{err}");
    // DescribeAcls is a stub that answers with nothing.
    assert_eq!(
        ok(&t.bootstrap, &["acl", "list"]),
        "RESOURCE_TYPE\tRESOURCE_NAME\tPATTERN\tPRINCIPAL\tHOST\tOPERATION\tPERMISSION\n"
    );
    let err = one_line_failure(&t.bootstrap, &words("config describe broker 111"));
    assert!(err.contains("broker 111: UNKNOWN_TOPIC_OR_PART"), "{err}");
    // tansu closes the connection for ListOffsets v7: at once, which was
    // reported as no answer within the timeout, with exit 3.
    let err = one_line_failure(&t.bootstrap, &words("offsets -t u --time max-timestamp"));
    assert_eq!(
        err,
        "klar: error: ListOffsets (KIP-396): the broker closed the connection, which some \
         brokers do for an API they do not implement (_TRANSPORT: no offset came back for u/0; \
         max-timestamp needs ListOffsets v7 (KIP-734, Kafka 3.0))\n"
    );
}

#[test]
fn delete_records_tansu_lacks_is_one_line() {
    // Its own broker: tansu's storage fails for good after DeleteRecords.
    let t = Tansu::start();
    ok(&t.bootstrap, &["topic", "create", "dr", "-p", "2"]);
    produce_n(&t.bootstrap, "dr", 5);
    let err = one_line_failure(
        &t.bootstrap,
        &words("records delete -t dr --before end --yes"),
    );
    assert!(
        err.contains("DeleteRecords (KIP-107) failed for all 2 partitions"),
        "{err}"
    );
    // The broken broker drops every connection at once: the line says when
    // librdkafka gave up, not "within 10s".
    let o = admin(&t.bootstrap, &["metadata"]);
    assert_eq!(code(&o), 3, "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.starts_with(&format!(
            "klar: error: no answer from the cluster at bootstrap.servers={} after ",
            t.bootstrap
        )) && err.contains("_ALL_BROKERS_DOWN"),
        "{err}"
    );
}

#[test]
fn records_delete_asks_only_on_a_terminal() {
    let t = Tansu::start();
    ok(&t.bootstrap, &["topic", "create", "rq", "-p", "1"]);
    let o = admin(&t.bootstrap, &words("records delete -t rq --before 0"));
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o),
        "klar: error: records delete: stdin is not a terminal to confirm on; \
         add --yes to delete without asking\n"
    );
}

#[test]
fn no_broker_is_exit_3() {
    let o = admin("127.0.0.1:1", &["metadata", "--timeout", "2s"]);
    assert_eq!(code(&o), 3);
    assert_eq!(
        stderr(&o),
        "klar: error: no answer from the cluster at bootstrap.servers=127.0.0.1:1 within 2s: \
         _TRANSPORT: 127.0.0.1:1/bootstrap: Connect to ipv4#127.0.0.1:1 failed: Connection \
         refused (see bootstrap.servers and security.protocol)\n"
    );
}

#[test]
fn mock_offsets_watermarks_group_lag_and_reset() {
    let mock = Mock::start(&["mk:2"]);
    let b = &mock.bootstrap;
    produce_n(b, "mk", 20);
    assert_eq!(
        ok(b, &["offsets", "-t", "mk"]),
        "TOPIC\tPARTITION\tOFFSET\tTIMESTAMP\nmk\t0\t20\t-\nmk\t1\t0\t-\n"
    );
    let v = json(b, &["topic", "describe", "mk"]);
    assert_eq!(v[0]["partitions"][0]["high_watermark"], 20);

    // A group that never joined can have its offsets set on the mock.
    let o = admin(
        b,
        &words("group reset-offsets mg --topic mk --to-offset 7 --execute"),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "GROUP\tTOPIC\tPARTITION\tCURRENT\tNEW\nmg\tmk\t0\t-\t7\nmg\tmk\t1\t-\t0\n"
    );
    // The mock lists no offsets for a whole group, so name the topic.
    let v = json_lenient(b, &["group", "describe", "mg", "--topic", "mk"]);
    assert_eq!(v[0]["offsets"][0]["committed"], 7);
    assert_eq!(v[0]["offsets"][0]["lag"], 13);
    assert_eq!(v[0]["total_lag"], 13);
}

/// A reset the broker refuses for every partition (the mock, with a live
/// member: UNKNOWN_MEMBER_ID) is no executed reset, and its errors have the
/// shape of every other admin JSON error. The mock cannot say whether a
/// group without commits exists: klar says that, not "does not exist".
#[test]
fn mock_refused_reset_is_not_executed() {
    let mock = Mock::start(&["rk:2"]);
    let b = &mock.bootstrap;
    produce_n(b, "rk", 4);
    let _member = KillOnDrop(
        klar()
            .args(["consume", "-b", b, "-G", "live", "rk", "-o", "beginning"])
            .args(["--commit", "none"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    );
    let reset = words("group reset-offsets live --topic rk --to-earliest --execute -o json");
    let start = Instant::now();
    let o = loop {
        let o = admin(b, &reset);
        // Until the member has joined, the commit goes through.
        if code(&o) == 1 || start.elapsed() > Duration::from_secs(30) {
            break o;
        }
        std::thread::sleep(Duration::from_millis(300));
    };
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["executed"], false, "{v}");
    for p in v["partitions"].as_array().unwrap() {
        assert_eq!(p["committed"], false, "{v}");
        assert_eq!(p["error"]["code"], "UNKNOWN_MEMBER_ID", "{v}");
        assert!(p["error"]["message"].is_string(), "{v}");
    }
    let o = admin(b, &words("group describe live"));
    assert_eq!(code(&o), 1);
    assert_eq!(
        stderr(&o),
        "klar: error: group \"live\": no committed offset, and the cluster answers neither \
         DescribeConsumerGroups nor ListConsumerGroups: whether the group exists or has members \
         cannot be told\n"
    );
}

/// A coordinator that is moving or loading refuses a commit for a moment:
/// the reset commits again until --timeout, as the Java AdminClient does,
/// where it failed at once.
#[test]
fn a_reset_retries_a_coordinator_that_is_not_ready() {
    let mut mock = Mock::with_args(&["--topic", "rt:2"]);
    let b = mock.bootstrap.clone();
    mock.control("inject OffsetCommit=COORDINATOR_NOT_AVAILABLE*2,NOT_COORDINATOR");
    let o = admin(
        &b,
        &words("group reset-offsets rg --topic rt --to-offset 0 --execute"),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "GROUP\tTOPIC\tPARTITION\tCURRENT\tNEW\nrg\trt\t0\t-\t0\nrg\trt\t1\t-\t0\n"
    );
    assert_eq!(committed(&b, "rg", "rt", 2), [0, 0]);
    // Past --timeout the coordinator's error is the answer.
    mock.control(&format!(
        "inject OffsetCommit={}",
        vec!["COORDINATOR_NOT_AVAILABLE"; 100].join(",")
    ));
    let o = admin(
        &b,
        &words("group reset-offsets rg --topic rt:0 --to-offset 0 --execute --timeout 1s"),
    );
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(
        stderr(&o).ends_with(
            "klar: error: group rg: rt [0]: COORDINATOR_NOT_AVAILABLE: Broker: Coordinator not \
             available\n"
        ),
        "{}",
        stderr(&o)
    );
}

/// A partition whose leader is down has no watermarks: a records delete
/// (and a reset, which shares the lookup: a group coordinator on the broker
/// that is down would stop it first) says why; it asked "is the partition
/// there?" of a partition that is.
#[test]
fn a_partition_without_watermarks_is_said_why() {
    let mut mock = Mock::with_args(&["--brokers", "3", "--topic", "wl:3"]);
    let b = mock.bootstrap.clone();
    let v = json(&b, &["metadata", "-t", "wl"]);
    let leaders: Vec<i64> = (0..3)
        .map(|p| v["topics"][0]["partitions"][p]["leader"].as_i64().unwrap())
        .collect();
    mock.control(&format!("down {}", leaders[0]));
    std::thread::sleep(Duration::from_millis(500));
    // The mock may have put every leader on that broker: then only the
    // request of one partition below applies.
    if leaders.iter().any(|l| *l != leaders[0]) {
        let o = admin(&b, &words("records delete -t wl --before end --yes"));
        assert_eq!(code(&o), 1, "{}", stderr(&o));
        assert!(
            stderr(&o).ends_with(
                "klar: error: wl [0]: no watermarks: LEADER_NOT_AVAILABLE: Broker: Leader not \
                 available\n"
            ),
            "{}",
            stderr(&o)
        );
    }
    // Asked of that partition alone, librdkafka fails the whole request
    // with "No leaders found".
    let o = admin(&b, &words("offsets -t wl:0"));
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(
        stderr(&o).starts_with(
            "klar: error: ListOffsets: no partition asked about has a leader (its broker is \
             down, or none is elected yet) (_NOENT: "
        ),
        "{}",
        stderr(&o)
    );
}

/// Once its calls are answered, the admin client is left running and the
/// process ends without joining librdkafka's threads; it is destroyed when
/// its logs are shown, so that the teardown is in them.
#[test]
fn admin_client_is_destroyed_only_when_its_logs_are_shown() {
    let mock = Mock::start(&["md:1"]);
    let expected =
        "TOPIC\tPARTITION\tLEADER\tREPLICAS\tISR\tOFFLINE\tSTATUS\nmd\t0\t1\t1\t1\t\tok\n";
    let left = klar()
        .args(["admin", "metadata", "-b", &mock.bootstrap, "-t", "md"])
        .env("RUST_LOG", "klar=debug")
        .output()
        .unwrap();
    assert_eq!(code(&left), 0, "{}", stderr(&left));
    assert!(stdout(&left).ends_with(expected), "{}", stdout(&left));
    assert_eq!(
        stderr(&left),
        "klar: debug: admin client left running until the process ends\n"
    );
    let logged = admin(&mock.bootstrap, &["metadata", "-t", "md", "-d", "broker"]);
    assert_eq!(code(&logged), 0, "{}", stderr(&logged));
    assert!(stdout(&logged).ends_with(expected), "{}", stdout(&logged));
    let err = stderr(&logged);
    assert!(
        err.contains(" DESTROY] [thrd:main]: Sending TERMINATE to "),
        "{err}"
    );
    assert!(!err.contains("left running"), "{err}");
    // A failure ends the same way, with its own status.
    let missing = admin(&mock.bootstrap, &["topic", "describe", "nope"]);
    assert_eq!(code(&missing), 1, "{}", stderr(&missing));
}

#[test]
fn mock_admin_apis_fail_fast_in_one_line() {
    let mock = Mock::start(&["mf:1"]);
    // The mock names controller 0, which it does not have.
    let err = one_line_failure(&mock.bootstrap, &["topic", "create", "x", "-p", "1"]);
    assert!(
        err.contains("CreateTopics (KIP-4) needs the cluster's controller"),
        "{err}"
    );
    let err = one_line_failure(&mock.bootstrap, &["group", "list"]);
    assert!(
        err.contains("ListConsumerGroups (KIP-518) is not supported by the cluster"),
        "{err}"
    );
    // Each of these used to wait out --timeout for a controller that is not there.
    for (args, api) in [
        ("config describe topic mf", "DescribeConfigs (KIP-133)"),
        ("config set topic mf retention.ms=5", "IncrementalAlterConfigs (KIP-339)"),
        ("acl list", "DescribeAcls (KIP-140)"),
        ("acl delete --principal User:x", "DeleteAcls (KIP-140)"),
        (
            "acl create --resource-type topic --resource-name mf --principal User:x --operation read",
            "CreateAcls (KIP-140)",
        ),
    ] {
        let err = one_line_failure(&mock.bootstrap, &words(args));
        assert!(
            err.starts_with(&format!(
                "klar: error: {api} needs the cluster's controller, but the cluster names \
                 controller 0"
            )),
            "{args}: {err}"
        );
    }
    produce_n(&mock.bootstrap, "mf", 3);
    assert_eq!(
        one_line_failure(
            &mock.bootstrap,
            &words("records delete -t mf -p 0 --before 1 --yes")
        ),
        "klar: error: mf [0]: DeleteRecords (KIP-107): _UNSUPPORTED_FEATURE: Local: Required \
         feature not supported by broker\n"
    );
    // librdkafka's own text names neither the API nor its KIP.
    assert_eq!(
        one_line_failure(&mock.bootstrap, &words("group delete g")),
        "klar: error: group g: _UNSUPPORTED_FEATURE: DeleteGroups (KIP-229) is not supported \
         by the cluster (Local: Required feature not supported by broker)\n"
    );
}

#[test]
fn an_offset_that_never_came_is_a_timeout_not_data() {
    // Every ListOffsets request is held back longer than --timeout: librdkafka
    // then hands back offset -1001 with no error, which was shown as an
    // offset, a watermark or a lag of 0, with exit 0.
    let mut mock = Mock::with_args(&["--topic", "lt:2", "--topic", "lp:1"]);
    let b = mock.bootstrap.clone();
    produce_n(&b, "lt", 5);
    mock.control("inject ListOffsets=NO_ERROR@30s*6");
    for args in [
        "offsets -t lt --timeout 1s",
        "topic describe lt --timeout 1s",
        "group describe nobody --topic lt --timeout 1s",
        "group reset-offsets nobody --topic lt --to-earliest --timeout 1s",
    ] {
        let o = admin(&b, &words(args));
        assert_eq!(code(&o), 3, "{args}: {}", stderr(&o));
        // reset-offsets also warns that the mock cannot say whether the
        // group has members; the error is the one last line.
        let all = stderr(&o);
        let err = all.lines().last().unwrap_or_default();
        assert!(
            all.lines()
                .rev()
                .skip(1)
                .all(|l| l.starts_with("klar: warning: cannot check")),
            "{args}: {all}"
        );
        assert!(
            err.starts_with("klar: error: ListOffsets (KIP-396): no answer within 1."),
            "{args}: {err}"
        );
        assert!(
            err.contains("no offset came back for lt/0"),
            "{args}: {err}"
        );
        assert_eq!(stdout(&o), "", "{args}");
    }
    mock.control("inject ListOffsets=NO_ERROR");
    // A partition the topic does not have is named, not "No leaders found".
    for (args, line) in [
        (
            "offsets -t lp:3",
            "lp:3: topic lp has 1 partition(s), numbered 0 to 0",
        ),
        (
            "group reset-offsets g --topic lp:1 --to-earliest",
            "lp:1: topic lp has 1 partition(s), numbered 0 to 0",
        ),
        (
            "offsets -t lp -t nope",
            "topic nope: UNKNOWN_TOPIC_OR_PART: Broker: Unknown topic or partition",
        ),
    ] {
        assert_eq!(
            one_line_failure(&b, &words(args)),
            format!("klar: error: {line}\n"),
            "{args}"
        );
    }
}

/// Racks come from DescribeCluster, which tansu answers without one and
/// the mock is never asked: crabka is started in a rack.
#[test]
fn crabka_metadata_shows_the_cluster_id_and_racks() {
    let k = Crabka::start();
    let b = &k.bootstrap;
    ok(b, &["topic", "create", "md", "-p", "2", "-r", "1"]);
    let port = b.rsplit(':').next().unwrap();
    assert_eq!(
        ok(b, &["metadata", "-t", "md"]),
        format!(
            "CLUSTER\tCONTROLLER\n{CRABKA_CLUSTER_ID}\t1\n\n\
             BROKER\tHOST\tPORT\tRACK\n1\t127.0.0.1\t{port}\t{CRABKA_RACK}\n\n\
             TOPIC\tPARTITION\tLEADER\tREPLICAS\tISR\tOFFLINE\tSTATUS\n\
             md\t0\t1\t1\t1\t\tok\n\
             md\t1\t1\t1\t1\t\tok\n"
        )
    );
    let v = json(b, &["cluster", "-t", "md"]);
    assert_eq!(v["cluster_id"], CRABKA_CLUSTER_ID, "{v}");
    assert_eq!(v["brokers"][0]["rack"], CRABKA_RACK, "{v}");
}

/// A complete Kafka, for the one thing no broker the harness starts has:
/// config synonyms and the static and default entries of a broker.
fn kafka() -> Option<String> {
    std::env::var("KLAR_TEST_KAFKA")
        .ok()
        .filter(|s| !s.is_empty())
}

/// What tansu and the mock lack, on crabka: partitions added, records
/// deleted, topic and broker configs set and described.
#[test]
fn crabka_partitions_records_and_configs() {
    let k = Crabka::start();
    let b = &k.bootstrap;
    ok(b, &["topic", "create", "grow", "-p", "1", "-r", "1"]);
    assert_eq!(
        ok(b, &["topic", "add-partitions", "grow", "-p", "2"]),
        "TOPIC\tRESULT\ngrow\tpartitions added\n"
    );
    let v = json(b, &["topic", "describe", "grow"]);
    assert_eq!(v[0]["partitions"].as_array().unwrap().len(), 2, "{v}");
    // Fewer partitions than there are is Kafka's INVALID_PARTITIONS.
    let err = one_line_failure(b, &["topic", "add-partitions", "grow", "-p", "1"]);
    assert!(err.contains("INVALID_PARTITIONS"), "{err}");

    // Five records a second apart on partition 0; partition 1 stays empty.
    produce_at(
        b,
        "grow",
        0,
        "m",
        &(0..5).map(|i| T0 + i * 1000).collect::<Vec<_>>(),
    );
    assert_eq!(
        ok(
            b,
            &["records", "delete", "-t", "grow", "-p", "0", "--before", "2", "--yes"]
        ),
        "TOPIC\tPARTITION\tOLD_LOW\tNEW_LOW\ngrow\t0\t0\t2\n"
    );
    // A time: on partition 0 the first record at or after T0 + 2.5 s is at
    // offset 3; the empty partition has none, and keeps its low watermark.
    let v = json(
        b,
        &[
            "records",
            "delete",
            "-t",
            "grow",
            "--before",
            &format!("@{}", T0 + 2500),
            "--yes",
        ],
    );
    assert_eq!(
        v,
        serde_json::json!([
            {"topic": "grow", "partition": 0, "old_low_watermark": 2, "new_low_watermark": 3, "error": null},
            {"topic": "grow", "partition": 1, "old_low_watermark": 0, "new_low_watermark": 0, "error": null}
        ])
    );
    // A consume range that starts before the new low watermark reads from
    // it, and ends: librdkafka would have reset the start past the range's
    // end, and the run waited for ever.
    let o = wait_with_timeout(
        klar()
            .args([
                "consume", "-b", b, "-t", "grow", "-p", "0", "-o", "1:4", "-f", "%o\n",
            ])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap(),
        Duration::from_secs(30),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(stdout(&o), "3\n");
    assert_eq!(
        stderr(&o),
        "klar: warning: grow [0]: the log starts at 3, after the range's start 1: reading from 3\n"
    );
    // `end` empties the partition; the records are gone for a consumer too.
    assert_eq!(
        ok(
            b,
            &["records", "delete", "-t", "grow", "-p", "0", "--before", "end", "--yes"]
        ),
        "TOPIC\tPARTITION\tOLD_LOW\tNEW_LOW\ngrow\t0\t3\t5\n"
    );
    let v = json(b, &["offsets", "-t", "grow:0", "--time", "earliest"]);
    assert_eq!(v[0]["offset"], 5, "{v}");

    assert_eq!(
        ok(
            b,
            &["config", "set", "topic", "grow", "retention.ms=3600000"]
        ),
        "RESOURCE\tNAME\tENTRY\tOPERATION\tVALUE\tRESULT\n\
         topic\tgrow\tretention.ms\tset\t3600000\tdone\n"
    );
    let v = json(b, &["config", "describe", "topic", "grow"]);
    let e = v["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == "retention.ms")
        .expect("retention.ms is shown as a non-default entry");
    assert_eq!(e["source"], "dynamic topic");
    assert_eq!(e["value"], "3600000");
    // crabka honours validate_only here (tansu does not): nothing changes.
    assert_eq!(
        ok(
            b,
            &[
                "config",
                "set",
                "topic",
                "grow",
                "retention.ms=60000",
                "--dry-run"
            ]
        ),
        "RESOURCE\tNAME\tENTRY\tOPERATION\tVALUE\tRESULT\n\
         topic\tgrow\tretention.ms\tset\t60000\tvalidated\n"
    );
    assert_eq!(
        ok(b, &["config", "describe", "topic", "grow"]),
        "NAME\tVALUE\tSOURCE\tREAD_ONLY\tSENSITIVE\n\
         retention.ms\t3600000\tdynamic topic\tfalse\tfalse\n"
    );
    // crabka takes only SET and DELETE: the broker's own reason, in one line.
    let err = one_line_failure(
        b,
        &[
            "config",
            "append",
            "topic",
            "grow",
            "cleanup.policy=compact",
        ],
    );
    assert!(
        err.starts_with("klar: error: topic grow: INVALID_CONFIG: ") && err.contains("APPEND"),
        "{err}"
    );

    // A dynamic broker config (crabka takes only its throttle rates).
    assert_eq!(
        ok(
            b,
            &[
                "config",
                "set",
                "broker",
                "1",
                "leader.replication.throttled.rate=1048576"
            ],
        ),
        "RESOURCE\tNAME\tENTRY\tOPERATION\tVALUE\tRESULT\n\
         broker\t1\tleader.replication.throttled.rate\tset\t1048576\tdone\n"
    );
    assert_eq!(
        ok(b, &["config", "describe", "broker", "1"]),
        "NAME\tVALUE\tSOURCE\tREAD_ONLY\tSENSITIVE\n\
         leader.replication.throttled.rate\t1048576\tdynamic broker\tfalse\tfalse\n"
    );
    let v = json(b, &["config", "describe", "broker", "1"]);
    assert_eq!(v["resource"], "broker");
    assert_eq!(v["entries"][0]["source"], "dynamic broker", "{v}");
    assert_eq!(v["entries"][0]["is_default"], false, "{v}");
    assert_eq!(
        ok(
            b,
            &[
                "config",
                "delete",
                "broker",
                "1",
                "leader.replication.throttled.rate"
            ],
        ),
        "RESOURCE\tNAME\tENTRY\tOPERATION\tVALUE\tRESULT\n\
         broker\t1\tleader.replication.throttled.rate\tdelete\t-\tdone\n"
    );
    assert_eq!(
        ok(b, &["config", "describe", "broker", "1"]),
        "NAME\tVALUE\tSOURCE\tREAD_ONLY\tSENSITIVE\n"
    );

    ok(b, &["topic", "delete", "grow"]);
}

/// Synonyms, and a broker's static and default entries: crabka, tansu and
/// the mock return none of them, so this runs only against a complete Kafka.
#[test]
#[ignore = "needs KLAR_TEST_KAFKA=host:port"]
fn kafka_config_synonyms_and_broker_defaults() {
    let b = kafka().expect("KLAR_TEST_KAFKA");
    let topic = format!("klar-syn-{}-{}", std::process::id(), rand::random::<u32>());
    ok(&b, &["topic", "create", &topic, "-p", "1", "-r", "1"]);
    ok(
        &b,
        &["config", "set", "topic", &topic, "retention.ms=3600000"],
    );
    // Kafka lists an entry's synonyms from the most specific source down:
    // the topic's own value first, then the broker-wide one it overrides.
    let v = json(&b, &["config", "describe", "topic", &topic, "--all"]);
    let e = v["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == "retention.ms")
        .unwrap();
    assert_eq!(e["synonyms"][0]["source"], "dynamic topic", "{e}");
    assert_eq!(e["synonyms"][0]["value"], "3600000", "{e}");
    // Any broker of the cluster: its id is not always 1.
    let broker = json(&b, &["metadata"])["brokers"][0]["id"].to_string();
    let v = json(&b, &["config", "describe", "broker", &broker, "--all"]);
    let entries = v["entries"].as_array().unwrap();
    assert!(entries.len() > 50, "a Kafka broker has hundreds: {v}");
    assert!(
        entries.iter().any(|e| e["source"] == "default"),
        "some are at their defaults: {v}"
    );
    assert!(
        entries.iter().any(|e| e["read_only"] == true),
        "some are read-only (broker.id): {v}"
    );
    let sensitive: Vec<&Value> = entries.iter().filter(|e| e["sensitive"] == true).collect();
    assert!(!sensitive.is_empty(), "some are sensitive (passwords): {v}");
    assert!(
        sensitive.iter().all(|e| e["value"].is_null()),
        "a sensitive value is never shown: {v}"
    );
    ok(&b, &["topic", "delete", &topic]);
}

/// ACLs created, listed through filters, and deleted, on crabka (tansu
/// lacks DeleteAcls and the mock has no ACLs).
#[test]
fn crabka_acls_round_trip() {
    let k = Crabka::start();
    let b = &k.bootstrap;
    let head = "RESOURCE_TYPE\tRESOURCE_NAME\tPATTERN\tPRINCIPAL\tHOST\tOPERATION\tPERMISSION\n";
    let read = "topic\tklar-acl\tliteral\tUser:alice\t*\tread\tallow\n";
    let deny = "group\tklar-\tprefixed\tUser:bob\t10.0.0.1\twrite\tdeny\n";
    assert_eq!(
        ok(
            b,
            &words(
                "acl create --resource-type topic --resource-name klar-acl \
                 --principal User:alice --operation read"
            )
        ),
        format!("{head}{read}")
    );
    assert_eq!(
        ok(
            b,
            &words(
                "acl create --resource-type group --resource-name klar- --pattern prefixed \
                 --principal User:bob --host 10.0.0.1 --operation write --permission deny"
            )
        ),
        format!("{head}{deny}")
    );
    // No filter lists every ACL; each filter narrows to its own.
    let all = ok(b, &["acl", "list"]);
    assert_eq!(all.lines().count(), 3, "{all}");
    assert!(
        all.starts_with(head) && all.contains(read) && all.contains(deny),
        "{all}"
    );
    assert_eq!(
        ok(b, &words("acl list --resource-name klar-acl")),
        format!("{head}{read}")
    );
    assert_eq!(
        ok(b, &words("acl list --principal User:bob --permission deny")),
        format!("{head}{deny}")
    );
    assert_eq!(
        ok(
            b,
            &words("acl list --resource-type topic --operation write")
        ),
        head
    );
    let v = json(b, &words("acl list --principal User:alice"));
    assert_eq!(v.as_array().unwrap().len(), 1, "{v}");
    assert_eq!(v[0]["resource_type"], "topic", "{v}");
    assert_eq!(v[0]["resource_name"], "klar-acl", "{v}");
    assert_eq!(v[0]["pattern"], "literal", "{v}");
    assert_eq!(v[0]["principal"], "User:alice", "{v}");
    assert_eq!(v[0]["host"], "*", "{v}");
    assert_eq!(v[0]["operation"], "read", "{v}");
    assert_eq!(v[0]["permission"], "allow", "{v}");
    // Delete shows what it deleted; what is left is the other one.
    assert_eq!(
        ok(b, &words("acl delete --resource-name klar-acl")),
        format!("{head}{read}")
    );
    assert_eq!(ok(b, &["acl", "list"]), format!("{head}{deny}"));
    let v = json(b, &words("acl delete --principal User:bob"));
    assert_eq!(v.as_array().unwrap().len(), 1, "{v}");
    assert_eq!(v[0]["resource_name"], "klar-", "{v}");
    assert_eq!(ok(b, &["acl", "list"]), head);
}

#[test]
fn typos_are_usage_errors_before_any_connection() {
    // Nothing listens on port 1: exit 2, not 3, because the input is checked first.
    let o = admin(
        "127.0.0.1:1",
        &words("group reset-offsets g --topic t --to-datetime yesterday"),
    );
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).starts_with("klar: error: --to-datetime yesterday: not a time"));
    let o = admin(
        "127.0.0.1:1",
        &words("records delete -t t --before x --yes"),
    );
    assert_eq!(code(&o), 2);
    let o = admin("127.0.0.1:1", &words("topic create t -c retention.ms"));
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o),
        "klar: error: -c retention.ms: expected KEY=VALUE\n"
    );
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.csv");
    std::fs::write(&plan, "t,0,5\n").unwrap();
    let plan = plan.to_str().unwrap();
    let missing = dir.path().join("missing.csv");
    let missing = missing.to_str().unwrap();
    let header_only = dir.path().join("header.csv");
    std::fs::write(&header_only, "topic,partition,offset\n").unwrap();
    let header_only = header_only.to_str().unwrap();
    let twice = dir.path().join("twice.csv");
    std::fs::write(&twice, "t,0,2\nt,0,5\n").unwrap();
    let twice = twice.to_str().unwrap();
    for (args, line) in [
        (
            "group reset-offsets g --topic t --by-duration abc".to_string(),
            "--by-duration abc: expected number at 0 (a duration looks like 90s, 15m, 1h30m or 2d)",
        ),
        (
            "records delete -t t --before @garbage --yes".to_string(),
            "--before @garbage: not a time: timestamp format is invalid (milliseconds since the \
             epoch, RFC 3339 such as 2026-11-26T10:00:00Z or 2026-11-26T11:00:00+01:00, or -1h)",
        ),
        (
            "acl create --resource-type topic --resource-name t --principal User:a".to_string(),
            "acl create needs --operation",
        ),
        (
            "acl create --resource-type any --resource-name t --principal User:a --operation read"
                .to_string(),
            "acl create: any is only for filters (list, delete)",
        ),
        (
            "acl delete".to_string(),
            "acl delete needs --resource-type (other than any), --resource-name or --principal, \
             so that it never deletes every ACL by accident",
        ),
        (
            "acl delete --resource-type any --permission any".to_string(),
            "acl delete needs --resource-type (other than any), --resource-name or --principal, \
             so that it never deletes every ACL by accident",
        ),
        (
            format!("group reset-offsets g --from-file {missing} --execute"),
            "",
        ),
        (
            "records delete -t t --before 1".to_string(),
            "records delete: stdin is not a terminal to confirm on; add --yes to delete without \
             asking",
        ),
        (
            "topic add-partitions t -p 0".to_string(),
            "-p 0: the new total number of partitions must be at least 1",
        ),
        (
            "config describe broker one".to_string(),
            "broker \"one\": a broker is named by its numeric id (see admin metadata)",
        ),
        (
            format!("group reset-offsets g --from-file {plan} --topic t"),
            "the argument '--from-file <CSV>' cannot be used with '--topic <TOPIC[:P,...]>'",
        ),
        (
            "group reset-offsets g --topic t --to-offset=-5".to_string(),
            "invalid value '-5' for '--to-offset <OFFSET>': -5 is not in 0..9223372036854775807",
        ),
        (
            "metadata --timeout 0s".to_string(),
            "invalid value '0s' for '--timeout <DURATION>': a timeout must be longer than 0 \
             (examples: 500ms, 10s)",
        ),
        (
            "metadata --timeout 2h".to_string(),
            "invalid value '2h' for '--timeout <DURATION>': at most 1h, the longest request \
             timeout librdkafka takes",
        ),
        (
            format!("group reset-offsets g --from-file {header_only}"),
            &*format!("--from-file {header_only}: no rows (expected topic,partition,offset lines)"),
        ),
        (
            format!("group reset-offsets g --from-file {twice}"),
            &*format!("--from-file {twice}: t,0 is in the file twice"),
        ),
        (
            "acl create --resource-type topic --resource-name t --principal alice --operation read"
                .to_string(),
            "--principal alice: a principal is TYPE:NAME, such as User:alice",
        ),
        (
            "config set topic t retention.ms=1 retention.ms=2".to_string(),
            "entry retention.ms is named twice; give each key once",
        ),
        (
            "config delete topic t retention.ms retention.ms".to_string(),
            "entry retention.ms is named twice; give each key once",
        ),
        (
            "group reset-offsets g --topic t --to-latest --export -o json".to_string(),
            "--export writes the plan as CSV",
        ),
        (
            "group reset-offsets g --topic t --to-offset -5".to_string(),
            "invalid value '-5' for '--to-offset <OFFSET>': -5 is not in 0..",
        ),
        (
            "topic create ..".to_string(),
            "topic \"..\": Kafka refuses \".\" and \"..\" as topic names",
        ),
    ] {
        let o = klar()
            .args(["admin", "-b", "127.0.0.1:1", "--timeout", "2s"])
            .args(words(&args))
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert_eq!(code(&o), 2, "{args}: {}", stderr(&o));
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{args}: {err}");
        assert!(
            err.starts_with(&format!("klar: error: {line}")),
            "{args}: {err}"
        );
    }
    // No broker named anywhere: a configuration error at once, for every client.
    for args in [
        vec!["admin", "metadata"],
        vec!["consume", "-t", "t"],
        vec!["produce", "-t", "t"],
    ] {
        let start = Instant::now();
        let o = klar().args(&args).output().unwrap();
        assert_eq!(code(&o), 2, "{args:?}: {}", stderr(&o));
        assert!(start.elapsed() < Duration::from_secs(5), "{args:?}");
        assert_eq!(
            stderr(&o),
            "klar: error: no brokers to connect to: give -b/--brokers, set KLAR_BROKERS, or set \
             bootstrap.servers in a properties file (-F)\n",
            "{args:?}"
        );
    }
    // An empty group name, which words() cannot spell.
    let o = admin("127.0.0.1:1", &["group", "describe", ""]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o),
        "klar: error: group \"\": the group name is empty\n"
    );
}

/// A group with a live member, on crabka (tansu cannot describe groups,
/// the mock has no DescribeGroups).
#[test]
fn crabka_group_members_and_reset_refusal() {
    let k = Crabka::start();
    let b = k.bootstrap.clone();
    let topic = "klar-grp".to_string();
    let group = "klar-g".to_string();
    ok(&b, &["topic", "create", &topic, "-p", "2", "-r", "1"]);
    produce_n(&b, &topic, 10);
    // Killed when the test ends, a failed assertion included: a member
    // left behind would keep the group (and the broker) busy.
    let member = KillOnDrop(
        klar()
            .args(["consume", "-b", &b, "-G", &group, &topic, "-o", "beginning"])
            .args(["--commit", "after-write", "--commit-every", "1"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    );
    let start = Instant::now();
    let v = loop {
        // Until the member has joined, the group may not exist yet, which
        // klar reports as an error (exit 1).
        let o = admin(&b, &["group", "describe", &group, "-o", "json"]);
        let v: Value = serde_json::from_str(&stdout(&o)).unwrap_or(Value::Null);
        // Stable, and all ten read: what the member does next is leave.
        let read = v[0]["offsets"][0]["committed"] == 10;
        if (v[0]["state"] == "Stable" && read) || start.elapsed() > Duration::from_secs(30) {
            break v;
        }
        std::thread::sleep(Duration::from_millis(500));
    };
    assert_eq!(v[0]["state"], "Stable", "{v}");
    let members = v[0]["members"].as_array().unwrap();
    assert_eq!(members.len(), 1, "{v}");
    assert_eq!(members[0]["assignment"].as_array().unwrap().len(), 2, "{v}");
    // Kafka fills client id and host in; some brokers leave them empty.
    assert!(members[0]["client_id"].is_string(), "{v}");
    assert!(members[0]["host"].is_string(), "{v}");
    // The text form lists every member with its assignment.
    let text = ok(&b, &["group", "describe", &group]);
    let members_table = text.split("\n\n").last().unwrap();
    let lines: Vec<&str> = members_table.lines().collect();
    assert_eq!(
        lines[0], "GROUP\tCONSUMER_ID\tCLIENT_ID\tHOST\tASSIGNMENT",
        "{text}"
    );
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[1].ends_with(&format!("\t{topic}:0,1")), "{text}");
    let reset = |to| {
        [
            "group",
            "reset-offsets",
            group.as_str(),
            "--topic",
            topic.as_str(),
            to,
            "--execute",
        ]
    };
    let err = one_line_failure(&b, &reset("--to-earliest"));
    assert!(err.contains("active member(s)"), "{err}");
    // Once the member has left (SIGTERM: it commits and leaves the group),
    // the group's offsets of the topic can be deleted.
    let mut member = member;
    signal(&member.0, libc::SIGTERM);
    let _ = member.0.wait();
    let start = Instant::now();
    while json_lenient(&b, &["group", "describe", &group])[0]["state"] != "Empty" {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "the member never left"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    assert_eq!(committed(&b, &group, &topic, 2), [10, -1]);
    assert_eq!(
        ok(&b, &["group", "delete-offsets", &group, "--topic", &topic]),
        "GROUP\tTOPIC\tPARTITION\tRESULT\n\
         klar-g\tklar-grp\t0\tdeleted\n\
         klar-g\tklar-grp\t1\tdeleted\n"
    );
    assert_eq!(committed(&b, &group, &topic, 2), [-1, -1]);
    // A group whose only topic is deleted: its offsets, where the broker
    // keeps them, are shown without log ends, and the run says why.
    let o = admin(&b, &reset("--to-latest"));
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    ok(&b, &["topic", "delete", &topic]);
    let o = admin(&b, &["group", "describe", &group]);
    let err = stderr(&o);
    // Kafka drops a deleted topic's offsets, and the group with them.
    if code(&o) != 0 {
        assert!(err.contains("does not exist"), "{err}");
    } else {
        assert!(
            err.contains(&format!("group {group}: no log end offsets")),
            "{err}"
        );
        assert!(
            stdout(&o).contains(&format!("{topic}\t0\t10\t-\t-")),
            "{}",
            stdout(&o)
        );
    }
}

/// While an admin command waits for the cluster, a spinner on a terminal
/// stderr says so; into a pipe there is nothing but the error line.
#[test]
fn admin_waiting_spinner_only_on_a_terminal() {
    let cmd = format!(
        "{} admin metadata -b 127.0.0.1:1 --timeout 2s",
        env!("CARGO_BIN_EXE_klar")
    );
    let screen = on_terminal(&cmd);
    assert!(
        screen.contains("waiting for the cluster: metadata"),
        "{screen}"
    );
    let piped = klar()
        .args(["admin", "metadata", "-b", "127.0.0.1:1", "--timeout", "2s"])
        .output()
        .unwrap();
    assert_eq!(code(&piped), 3);
    assert_eq!(stderr(&piped).lines().count(), 1, "{}", stderr(&piped));
}

/// `--debug` prints librdkafka's logs while a request still waits, not
/// after it (a Metadata request blocks the calling thread), and every one
/// of them: before, an admin command served one log per poll and the
/// blocking Metadata request none at all.
#[test]
fn admin_debug_logs_come_while_the_request_waits() {
    use std::io::{BufRead, BufReader};
    let mut child = klar()
        .args(["admin", "metadata", "-b", "127.0.0.1:1", "--timeout", "6s"])
        .args(["--debug", "broker"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    assert!(
        child.try_wait().unwrap().is_none(),
        "the first log line came only at the end: {first}"
    );
    assert!(
        first.starts_with("klar: debug: [klar#producer-1 "),
        "{first}"
    );
    let rest: Vec<String> = lines.map(|l| l.unwrap()).collect();
    assert_eq!(code(&child.wait_with_output().unwrap()), 3);
    assert!(
        rest.iter()
            .any(|l| l.contains("127.0.0.1:1/bootstrap: Connecting to ipv4#127.0.0.1:1")),
        "{rest:#?}"
    );
    assert_eq!(
        rest.last().unwrap(),
        "klar: error: no answer from the cluster at bootstrap.servers=127.0.0.1:1 within 6s: \
         _TRANSPORT: 127.0.0.1:1/bootstrap: Connect to ipv4#127.0.0.1:1 failed: Connection \
         refused (see bootstrap.servers and security.protocol)"
    );

    // On a cluster that answers, the whole log reaches stderr: a broker's
    // thread starting is among librdkafka's first lines.
    let mock = Mock::start(&["dl:1"]);
    // kcat's -d for --debug.
    let o = admin(&mock.bootstrap, &["metadata", "-t", "dl", "-d", "broker"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stdout(&o).contains("dl\t0\t1\t1\t1\t\tok\n"),
        "{}",
        stdout(&o)
    );
    let log = stderr(&o);
    assert!(log.contains("Enter main broker thread"), "{log}");
    assert!(
        log.lines().all(|l| l.starts_with("klar: debug: [")),
        "{log}"
    );
}

/// `records delete` on a terminal shows the plan and asks; anything but
/// yes deletes nothing and exits 1. (The mock lacks DeleteRecords, which is
/// never reached.)
#[test]
fn records_delete_asks_on_a_terminal_and_no_deletes_nothing() {
    use std::io::{Read, Write};
    let mock = Mock::start(&["rd:1"]);
    let o = produce(
        &mock.bootstrap,
        "rd",
        &["--report", "none"],
        b"1\n2\n3\n4\n5\n",
    );
    assert_eq!(code(&o), 0);
    let cmd = format!(
        "{} admin records delete --topic rd --before 3 -b {}",
        env!("CARGO_BIN_EXE_klar"),
        mock.bootstrap
    );
    let mut child = std::process::Command::new("script")
        .args(["-qec", &cmd, "/dev/null"])
        .env("XDG_CONFIG_HOME", "/nonexistent/klar-tests")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut screen = Vec::new();
    let mut buf = [0u8; 256];
    // Answer once the question is on the screen.
    while !String::from_utf8_lossy(&screen).contains("[y/N]") {
        let n = out.read(&mut buf).unwrap();
        assert!(n > 0, "no question: {}", String::from_utf8_lossy(&screen));
        screen.extend_from_slice(&buf[..n]);
    }
    child.stdin.as_mut().unwrap().write_all(b"n\n").unwrap();
    out.read_to_end(&mut screen).unwrap();
    let status = child.wait().unwrap();
    let screen = String::from_utf8_lossy(&screen);
    assert!(screen.contains("rd [0]: low watermark 0 -> 3"), "{screen}");
    assert!(screen.contains("klar: nothing deleted"), "{screen}");
    assert_eq!(status.code(), Some(1), "{screen}");
    let o = klar()
        .args([
            "admin",
            "offsets",
            "--topic",
            "rd",
            "--time",
            "earliest",
            "-b",
            &mock.bootstrap,
        ])
        .output()
        .unwrap();
    assert_eq!(
        stdout(&o),
        "TOPIC\tPARTITION\tOFFSET\tTIMESTAMP\nrd\t0\t0\t-\n"
    );
}

/// On a terminal a table is drawn to the terminal's width; a terminal that
/// reports no width gets the table unwrapped, never one letter per column.
/// Into a pipe it is tab-separated (the golden tests above).
#[test]
fn tables_are_drawn_to_fit_a_terminal() {
    let mock = Mock::start(&["alpha:1", "beta-topic-with-a-long-name:2"]);
    let list = format!(
        "{} admin topic list -b {}",
        env!("CARGO_BIN_EXE_klar"),
        mock.bootstrap
    );
    let narrow = on_terminal(&format!("stty cols 40; {list}"));
    assert!(!narrow.contains('\t'), "{narrow}");
    assert!(
        narrow.lines().all(|l| l.trim_end().chars().count() <= 40),
        "{narrow}"
    );
    assert!(narrow.contains("beta-topic-wi"), "{narrow}");
    let unknown = on_terminal(&format!("stty cols 0; {list}"));
    assert!(unknown.contains("TOPIC"), "{unknown}");
    assert!(
        unknown.contains("beta-topic-with-a-long-name  2"),
        "{unknown}"
    );
}

/// stdin on a terminal but stderr (where the question goes) in a pipe: the
/// refusal names stderr, not the stdin the user can see is a terminal.
#[test]
fn records_delete_names_the_stream_that_is_not_a_terminal() {
    let screen = on_terminal(&format!(
        "{} admin records delete -t rq --before 0 -b 127.0.0.1:1 2>&1 | cat",
        env!("CARGO_BIN_EXE_klar")
    ));
    assert!(
        screen.contains(
            "klar: error: records delete: stderr is not a terminal to ask on; add --yes to \
             delete without asking"
        ),
        "{screen}"
    );
}

/// A stop signal while the spinner turns ends the command as before (killed
/// by the signal), and clears the spinner's line instead of leaving it. A
/// signal the shell made it ignore (SIGINT for a job started with `&`)
/// stays ignored.
#[test]
fn a_stop_signal_clears_the_spinner() {
    let run = |sig: &str, timeout: &str| {
        on_terminal(&format!(
            "{} admin metadata -b 127.0.0.1:1 --timeout {timeout} & sleep 1.5; kill -{sig} $!; wait $!; echo rc=$?",
            env!("CARGO_BIN_EXE_klar")
        ))
    };
    let screen = run("TERM", "20s");
    assert!(
        screen.contains("waiting for the cluster: metadata"),
        "{screen:?}"
    );
    let last = screen.rfind("waiting for the cluster").unwrap();
    assert!(screen[last..].contains("\r\x1b[2K"), "{screen:?}");
    assert!(screen.trim_end().ends_with("rc=143"), "{screen:?}");
    let screen = run("INT", "3s");
    assert!(screen.trim_end().ends_with("rc=3"), "{screen:?}");
}

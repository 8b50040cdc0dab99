//! Cyrus SASL's start-up, kept to what the configuration can use.
//!
//! librdkafka starts Cyrus SASL (`sasl_client_init`) when the first client of
//! the process is created, and Cyrus then opens every plugin in its plugin
//! directory with `dlopen`: eight on Debian, one of which pulls in Berkeley
//! DB. librdkafka asks Cyrus only for the GSSAPI mechanism (PLAIN, SCRAM and
//! OAUTHBEARER are its own), so for any other configuration those plugins are
//! loaded for nothing, and loading them was about a tenth of the CPU time of
//! `klar admin metadata`.

use std::ffi::{c_char, c_int};
use std::sync::Once;

// libsasl2 is linked already: rdkafka's `gssapi` feature builds librdkafka
// against it.
extern "C" {
    fn sasl_set_path(path_type: c_int, path: *mut c_char) -> c_int;
}

/// Cyrus's `SASL_PATH_TYPE_PLUGIN`.
const PLUGIN_PATH: c_int = 0;

/// A directory on every Linux system that never holds a file Cyrus would
/// take for a plugin (it loads names ending in `.so` or `.la`; these are
/// numbers). A directory that does not exist would do as well, but Cyrus
/// reports that to syslog on every run.
const NO_PLUGINS: &std::ffi::CStr = c"/proc/self/fdinfo";

/// Whether a client with these values of `security.protocol` and
/// `sasl.mechanisms` (librdkafka's defaults when unset) can go through Cyrus.
pub fn uses_cyrus(protocol: &str, mechanism: &str) -> bool {
    protocol.to_ascii_lowercase().starts_with("sasl") && mechanism.eq_ignore_ascii_case("GSSAPI")
}

/// Called before every client is created; the first call decides for the
/// whole process, since Cyrus is started only once. klar builds every client
/// of one run from the same configuration, so the first answer holds for all.
pub fn before_first_client(needs_cyrus: bool) {
    static DECIDED: Once = Once::new();
    DECIDED.call_once(|| {
        if !needs_cyrus {
            // SAFETY: Cyrus copies the string; this runs before any client
            // exists, so Cyrus has not started and nothing reads the path.
            unsafe {
                sasl_set_path(PLUGIN_PATH, NO_PLUGINS.as_ptr().cast_mut());
            }
        }
    });
}

/// What to add to librdkafka's refusal to create a client whose SASL
/// mechanism is GSSAPI, librdkafka's default, without a keytab: its default
/// `sasl.kerberos.kinit.cmd` names the keytab, and the message says only that.
pub fn creation_hint(message: &str) -> &'static str {
    if message.contains("sasl.kerberos.kinit.cmd")
        && message.contains("Property not available: \"sasl.kerberos.keytab\"")
    {
        " (GSSAPI, that is Kerberos, is librdkafka's default sasl.mechanisms: set \
         sasl.kerberos.keytab and sasl.kerberos.principal for it, or set sasl.mechanisms to \
         PLAIN, SCRAM-SHA-256, SCRAM-SHA-512 or OAUTHBEARER)"
    } else {
        ""
    }
}

#[cfg(test)]
mod tests {
    use super::uses_cyrus;

    #[test]
    fn only_gssapi_over_sasl_needs_cyrus() {
        assert!(uses_cyrus("sasl_ssl", "GSSAPI"));
        assert!(uses_cyrus("SASL_PLAINTEXT", "GSSAPI"));
        assert!(!uses_cyrus("sasl_ssl", "PLAIN"));
        assert!(!uses_cyrus("sasl_ssl", "SCRAM-SHA-512"));
        assert!(!uses_cyrus("plaintext", "GSSAPI"));
        assert!(!uses_cyrus("ssl", "GSSAPI"));
    }
}

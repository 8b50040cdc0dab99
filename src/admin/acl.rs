//! `admin acl list | create | delete`.

use anyhow::Result;
use serde_json::{json, Value};

use super::args::{AclCommand, AclOperation, AclPattern, AclPermission, AclResource, AclSpec};
use super::Ctx;
use crate::cluster::api::{
    enum_name, Acl, Api, ACL_OPERATIONS, ACL_PATTERN_TYPES, ACL_PERMISSIONS, ACL_RESOURCE_TYPES,
};
use crate::exit_codes::{usage, ExitCode};
use crate::output::table::Table;

// librdkafka's numbers for each enum value ("any" is 1 in every table).
fn resource(r: AclResource) -> i32 {
    match r {
        AclResource::Any => 1,
        AclResource::Topic => 2,
        AclResource::Group => 3,
        AclResource::Cluster => 4,
        AclResource::TransactionalId => 5,
    }
}

fn pattern(p: AclPattern) -> i32 {
    match p {
        AclPattern::Any => 1,
        AclPattern::Match => 2,
        AclPattern::Literal => 3,
        AclPattern::Prefixed => 4,
    }
}

fn operation(o: AclOperation) -> i32 {
    match o {
        AclOperation::Any => 1,
        AclOperation::All => 2,
        AclOperation::Read => 3,
        AclOperation::Write => 4,
        AclOperation::Create => 5,
        AclOperation::Delete => 6,
        AclOperation::Alter => 7,
        AclOperation::Describe => 8,
        AclOperation::ClusterAction => 9,
        AclOperation::DescribeConfigs => 10,
        AclOperation::AlterConfigs => 11,
        AclOperation::IdempotentWrite => 12,
    }
}

fn permission(p: AclPermission) -> i32 {
    match p {
        AclPermission::Any => 1,
        AclPermission::Deny => 2,
        AclPermission::Allow => 3,
    }
}

/// A filter's fields that can be checked before connecting: a principal
/// without its type matches no ACL, and listed nothing.
pub fn check_filter(s: &AclSpec) -> Result<()> {
    s.principal.as_deref().map_or(Ok(()), check_principal)
}

/// A filter: every field left out matches anything.
fn filter(s: &AclSpec) -> Acl {
    Acl {
        resource_type: s.resource_type.map_or(1, resource),
        resource_name: s.resource_name.clone(),
        pattern_type: s.pattern.map_or(1, pattern),
        principal: s.principal.clone(),
        host: s.host.clone(),
        operation: s.operation.map_or(1, operation),
        permission: s.permission.map_or(1, permission),
    }
}

fn check_principal(principal: &str) -> Result<()> {
    if principal.contains(':') {
        return Ok(());
    }
    Err(usage(format!(
        "--principal {principal}: a principal is TYPE:NAME, such as User:{principal}"
    )))
}

/// A binding: a concrete ACL, with kafka-acls' defaults.
pub fn binding(s: &AclSpec) -> Result<Acl> {
    let missing = |flag: &str| usage(format!("acl create needs {flag}"));
    let rt = s.resource_type.ok_or_else(|| missing("--resource-type"))?;
    let op = s.operation.ok_or_else(|| missing("--operation"))?;
    if rt == AclResource::Any || op == AclOperation::Any {
        return Err(usage("acl create: any is only for filters (list, delete)"));
    }
    if matches!(s.pattern, Some(AclPattern::Any | AclPattern::Match))
        || s.permission == Some(AclPermission::Any)
    {
        return Err(usage(
            "acl create: any and match are only for filters (list, delete)",
        ));
    }
    let principal = s.principal.clone().ok_or_else(|| missing("--principal"))?;
    check_principal(&principal)?;
    Ok(Acl {
        resource_type: resource(rt),
        resource_name: Some(
            s.resource_name
                .clone()
                .ok_or_else(|| missing("--resource-name"))?,
        ),
        pattern_type: s.pattern.map_or(3, pattern),
        principal: Some(principal),
        host: Some(s.host.clone().unwrap_or_else(|| "*".into())),
        operation: operation(op),
        permission: s.permission.map_or(3, permission),
    })
}

fn print_acls(ctx: &Ctx, acls: &[Acl]) {
    let cells = |a: &Acl| {
        [
            enum_name(ACL_RESOURCE_TYPES, a.resource_type),
            a.resource_name.clone().unwrap_or_default(),
            enum_name(ACL_PATTERN_TYPES, a.pattern_type),
            a.principal.clone().unwrap_or_default(),
            a.host.clone().unwrap_or_default(),
            enum_name(ACL_OPERATIONS, a.operation),
            enum_name(ACL_PERMISSIONS, a.permission),
        ]
    };
    const NAMES: [&str; 7] = [
        "resource_type",
        "resource_name",
        "pattern",
        "principal",
        "host",
        "operation",
        "permission",
    ];
    if ctx.json() {
        let v: Vec<Value> = acls
            .iter()
            .map(|a| {
                let c = cells(a);
                Value::Object(
                    NAMES
                        .iter()
                        .zip(c)
                        .map(|(k, v)| (k.to_string(), json!(v)))
                        .collect(),
                )
            })
            .collect();
        ctx.print_json(&Value::Array(v));
        return;
    }
    let mut t = Table::new(NAMES.map(|n| n.to_uppercase()));
    for a in acls {
        t.row(cells(a));
    }
    super::show(&t);
}

pub fn run(ctx: &Ctx, c: &AclCommand) -> Result<ExitCode> {
    match c {
        AclCommand::List(s) => {
            ctx.require_controller(Api::DescribeAcls)?;
            let acls = ctx.admin.describe_acls(&filter(s))?;
            print_acls(ctx, &acls);
            Ok(ExitCode::Success)
        }
        AclCommand::Create(s) => {
            let acl = binding(s)?;
            ctx.require_controller(Api::CreateAcls)?;
            if std::env::var_os(ISOLATED).is_none() {
                return create_isolated();
            }
            let errors = ctx.admin.create_acls(std::slice::from_ref(&acl))?;
            if let Some(e) = errors.into_iter().flatten().next() {
                eprintln!("klar: error: acl not created: {e}");
                return Ok(ExitCode::Failure);
            }
            print_acls(ctx, &[acl]);
            Ok(ExitCode::Success)
        }
        AclCommand::Delete(s) => {
            check_delete_filter(s)?;
            ctx.require_controller(Api::DeleteAcls)?;
            let results = ctx.admin.delete_acls(&[filter(s)])?;
            let mut deleted = Vec::new();
            let mut failed = false;
            for (err, acls) in results {
                if let Some(e) = err {
                    eprintln!("klar: error: acl delete: {e}");
                    failed = true;
                }
                deleted.extend(acls);
            }
            print_acls(ctx, &deleted);
            Ok(super::exit_status(failed))
        }
    }
}

/// A delete names something, so that it never deletes every ACL by accident;
/// `--resource-type any` names nothing.
pub fn check_delete_filter(s: &AclSpec) -> Result<()> {
    let typed = s
        .resource_type
        .is_some_and(|t| t != super::args::AclResource::Any);
    if !typed && s.resource_name.is_none() && s.principal.is_none() {
        return Err(usage(
            "acl delete needs --resource-type (other than any), --resource-name or \
             --principal, so that it never deletes every ACL by accident",
        ));
    }
    Ok(())
}

/// Set in the child that sends CreateAcls.
const ISOLATED: &str = "KLAR_INTERNAL_CREATE_ACLS_CHILD";

/// CreateAcls runs in a child process: librdkafka 2.12 asserts (and aborts
/// the process) on a CreateAcls reply with a null results array, which
/// tansu 0.6 sends. The parent turns that crash into one error line.
fn create_isolated() -> Result<ExitCode> {
    use std::os::unix::process::ExitStatusExt;
    let exe =
        std::env::current_exe().map_err(|e| anyhow::anyhow!("cannot find klar itself: {e}"))?;
    let child = std::process::Command::new(exe)
        .args(std::env::args_os().skip(1))
        .env(ISOLATED, "1")
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| anyhow::anyhow!("cannot run klar for CreateAcls: {e}"))?;
    let out = child
        .wait_with_output()
        .map_err(|e| anyhow::anyhow!("waiting for klar's CreateAcls child: {e}"))?;
    let status = out.status;
    let stderr = String::from_utf8_lossy(&out.stderr);
    if status.code().is_some() {
        eprint!("{stderr}");
    }
    match (status.code(), status.signal()) {
        (Some(0), _) => Ok(ExitCode::Success),
        (Some(2), _) => Ok(ExitCode::Usage),
        (Some(3), _) => Ok(ExitCode::Unreachable),
        (Some(_), _) => Ok(ExitCode::Failure),
        (None, sig) => Err(crate::exit_codes::failure(format!(
            "CreateAcls (KIP-140): the broker's reply crashed librdkafka (signal {}: {}); \
             the cluster does not implement CreateAcls properly",
            sig.unwrap_or(0),
            stderr
                .trim()
                .trim_start_matches("klar: ")
                .replace('\n', " ")
        ))),
    }
}

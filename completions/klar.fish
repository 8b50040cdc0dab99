# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_klar_global_optspecs
    string join \n v/verbose q/quiet color= h/help V/version
end

function __fish_klar_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_klar_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_klar_using_subcommand
    set -l cmd (__fish_klar_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c klar -n "__fish_klar_needs_command" -l color -d 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c klar -n "__fish_klar_needs_command" -s v -l verbose -d 'More diagnostics on stderr: -v info (and librdkafka\'s info logs), -vv debug'
complete -c klar -n "__fish_klar_needs_command" -s q -l quiet -d 'Only errors on stderr: no summary, no progress, no warnings'
complete -c klar -n "__fish_klar_needs_command" -s h -l help -d 'Print help'
complete -c klar -n "__fish_klar_needs_command" -s V -l version -d 'Print version'
complete -c klar -n "__fish_klar_needs_command" -f -a "produce" -d 'Produce messages from stdin, files or JSON lines, with a delivery report per message'
complete -c klar -n "__fish_klar_needs_command" -f -a "consume" -d 'Consume messages: a group (-G) or assigned partitions (-t), printed as text, -f or -J'
complete -c klar -n "__fish_klar_needs_command" -f -a "admin" -d 'Cluster administration: metadata, topics, configs, groups with lag, offsets, records, ACLs'
complete -c klar -n "__fish_klar_needs_command" -f -a "mock" -d 'Run librdkafka\'s in-process mock cluster, to try klar with no broker installed'
complete -c klar -n "__fish_klar_needs_command" -f -a "config-explain" -d 'Every librdkafka property: default, effect, effective value and where it came from; --lint checks a configuration, --import translates a Java client file'
complete -c klar -n "__fish_klar_needs_command" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
complete -c klar -n "__fish_klar_needs_command" -f -a "man" -d 'Print klar\'s man page (roff), or write every page with --dir'
complete -c klar -n "__fish_klar_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c klar -n "__fish_klar_using_subcommand produce" -s b -l brokers -d 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)' -r
complete -c klar -n "__fish_klar_using_subcommand produce" -s F -l config-file -d 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists' -r -F
complete -c klar -n "__fish_klar_using_subcommand produce" -s X -d 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME' -r
complete -c klar -n "__fish_klar_using_subcommand produce" -s d -l debug -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all' -r
complete -c klar -n "__fish_klar_using_subcommand produce" -l timeout -d 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)' -r
complete -c klar -n "__fish_klar_using_subcommand produce" -s t -l topic -d 'Topic to produce to' -r
complete -c klar -n "__fish_klar_using_subcommand produce" -s p -l partition -d 'Partition for every message (default, or -1 as in kcat: librdkafka\'s partitioner)' -r
complete -c klar -n "__fish_klar_using_subcommand produce" -s D -l delimiter -d 'Message delimiter; escapes \\n \\t \\r \\xNN; multi-byte allowed' -r
complete -c klar -n "__fish_klar_using_subcommand produce" -s K -l key-delimiter -d 'Split each message at the first DELIM into key and value' -r
complete -c klar -n "__fish_klar_using_subcommand produce" -s k -l key -d 'The same key for every message; with -K, for each line without the key delimiter (as in kcat)' -r
complete -c klar -n "__fish_klar_using_subcommand produce" -s H -l header -d 'Header for every message, NAME=VALUE (NAME alone: a null value); repeatable' -r
complete -c klar -n "__fish_klar_using_subcommand produce" -s z -l compression -d 'Compression codec (sets compression.codec)' -r -f -a "none\t''
gzip\t''
snappy\t''
lz4\t''
zstd\t''"
complete -c klar -n "__fish_klar_using_subcommand produce" -l acks -d 'Acknowledgements to wait for (sets acks)' -r -f -a "0\t''
1\t''
all\t''"
complete -c klar -n "__fish_klar_using_subcommand produce" -s c -l count -d 'Stop after N messages (at least 1; without -c, no limit)' -r
complete -c klar -n "__fish_klar_using_subcommand produce" -s l -l line-file -d 'Read messages from FILE split by the delimiter, instead of stdin' -r -F
complete -c klar -n "__fish_klar_using_subcommand produce" -l rate -d 'At most N messages per second' -r
complete -c klar -n "__fish_klar_using_subcommand produce" -l input -d 'Input format' -r -f -a "text\t'Raw bytes split by the delimiter'
json\t'One JSON object per line: key, payload (or value), headers, partition, ts'"
complete -c klar -n "__fish_klar_using_subcommand produce" -l key-encoding -d 'How key strings in --input json are encoded' -r -f -a "utf8\t''
base64\t''
hex\t''"
complete -c klar -n "__fish_klar_using_subcommand produce" -l value-encoding -d 'How payload strings in --input json are encoded' -r -f -a "utf8\t''
base64\t''
hex\t''"
complete -c klar -n "__fish_klar_using_subcommand produce" -s o -l report -l output -d 'Delivery report per message, on stdout (also -o/--output, as on every command)' -r -f -a "text\t'`topic [partition] @ offset ts=... (type)` per message'
json\t'JSON Lines: seq, status, topic, partition, offset, timestamp, key, broker, latency_us, persisted (yes, no, possibly), error'
none\t'No per-message report; the summary is still printed on stderr'"
complete -c klar -n "__fish_klar_using_subcommand produce" -l summary -d 'The summary at the end, on stderr: a line of text, or one JSON object (counts, seconds, the transaction\'s outcome) that is printed even with -q' -r -f -a "text\t'`klar: N read, N delivered, N failed, N not delivered to TOPIC in S (rates)`'
json\t'One JSON object: topic, read, delivered, failed, not_delivered, possibly_persisted, bytes_delivered, seconds, transaction, stopped_by_signal'"
complete -c klar -n "__fish_klar_using_subcommand produce" -l flush-timeout -d 'How long to wait for outstanding deliveries at the end (default: message.timeout.ms plus reconnect.backoff.max.ms plus 2s, so that librdkafka reports each expired message as _MSG_TIMED_OUT itself)' -r
complete -c klar -n "__fish_klar_using_subcommand produce" -l color -d 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c klar -n "__fish_klar_using_subcommand produce" -l explain -d 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar\'s own decisions on stderr, then run'
complete -c klar -n "__fish_klar_using_subcommand produce" -l explain-only -d 'Like --explain, then exit 0 without connecting'
complete -c klar -n "__fish_klar_using_subcommand produce" -l idempotence -d 'Exactly-once delivery per partition (sets enable.idempotence=true)'
complete -c klar -n "__fish_klar_using_subcommand produce" -s Z -l null-empty -d 'An empty value is sent as null (a tombstone); an empty key as no key'
complete -c klar -n "__fish_klar_using_subcommand produce" -s T -l tee -d 'Also write every message sent to stdout, like tee (turns the report off unless --report is given)'
complete -c klar -n "__fish_klar_using_subcommand produce" -s v -l verbose -d 'More diagnostics on stderr: -v info (and librdkafka\'s info logs), -vv debug'
complete -c klar -n "__fish_klar_using_subcommand produce" -s q -l quiet -d 'Only errors on stderr: no summary, no progress, no warnings'
complete -c klar -n "__fish_klar_using_subcommand produce" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c klar -n "__fish_klar_using_subcommand produce" -s V -l version -d 'Print version'
complete -c klar -n "__fish_klar_using_subcommand consume" -s b -l brokers -d 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)' -r
complete -c klar -n "__fish_klar_using_subcommand consume" -s F -l config-file -d 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists' -r -F
complete -c klar -n "__fish_klar_using_subcommand consume" -s X -d 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME' -r
complete -c klar -n "__fish_klar_using_subcommand consume" -s d -l debug -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all' -r
complete -c klar -n "__fish_klar_using_subcommand consume" -l timeout -d 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)' -r
complete -c klar -n "__fish_klar_using_subcommand consume" -s t -l topic -d 'Topic to read by assigning its partitions directly (no group)' -r
complete -c klar -n "__fish_klar_using_subcommand consume" -s p -l partition -d 'Partitions to read with -t (repeatable; default: all)' -r
complete -c klar -n "__fish_klar_using_subcommand consume" -s G -l group -d 'Consumer group to join; the topics are the positional arguments' -r
complete -c klar -n "__fish_klar_using_subcommand consume" -s o -l offset -d 'Where to start, and optionally stop (repeatable): beginning | end | stored | N | -N (N before the end) | +N (N after the beginning) | @MS | @RFC3339 | @-DURATION (that long ago); START:END stops before END (an offset, @time or `end` as of start-up); kcat\'s s@MS and e@MS set the start or the end alone; P=SPEC for partition P only (with -t and only P=SPECs, only those partitions are read). Default with -t: beginning. With -G, beginning and end apply to partitions with no committed offset (default: auto.offset.reset); any other form is applied the first time a partition is assigned, overriding the committed offset' -r
complete -c klar -n "__fish_klar_using_subcommand consume" -s c -l count -d 'Exit after N messages (at least 1; without -c, no limit)' -r
complete -c klar -n "__fish_klar_using_subcommand consume" -s f -l format -d 'Output format with kcat\'s tokens: %s value, %S value length, %R value length (32-bit big-endian), %k key, %K key length, %t topic, %p partition, %o offset, %T timestamp (ms), %h headers, %% a percent sign; and klar\'s: %d timestamp as RFC 3339 UTC (%d{STRFTIME}), %y timestamp type, %b broker, %l leader epoch, %e headers as JSON, %L messages behind the high watermark, %s{hex} %s{base64} %k{hex} %k{base64}; escapes \\n \\t \\r \\xNN' -r
complete -c klar -n "__fish_klar_using_subcommand consume" -l output -d 'Output format: text, or json (the same as -J). `-o` is the offset, as in kcat' -r -f -a "text\t''
json\t''"
complete -c klar -n "__fish_klar_using_subcommand consume" -s D -l delimiter -d 'Delimiter after each message, plain or -J (default \\n; -f ends messages itself)' -r
complete -c klar -n "__fish_klar_using_subcommand consume" -s K -l key-delimiter -d 'Print the key and this delimiter before each value (plain output; -J has a key field, -f has %k)' -r
complete -c klar -n "__fish_klar_using_subcommand consume" -s s -l deserialize -d 'Deserialize keys or values: key=TYPE, value=TYPE, or TYPE for both. TYPE: string (default), bytes|hex, base64, int, long, float, double (big-endian, as Confluent\'s serializers write them), json, or a kcat pack string (e.g. \'>ihs\')' -r
complete -c klar -n "__fish_klar_using_subcommand consume" -l grep-key -d 'Only messages whose key matches REGEX (client side)' -r
complete -c klar -n "__fish_klar_using_subcommand consume" -l grep-value -d 'Only messages whose value matches REGEX (client side)' -r
complete -c klar -n "__fish_klar_using_subcommand consume" -l grep-header -d 'Only messages with a header NAME whose value matches REGEX; repeatable (all must match)' -r
complete -c klar -n "__fish_klar_using_subcommand consume" -l commit -d 'When offsets are committed. Default: auto with -G, none with -t' -r -f -a "auto\t'librdkafka commits in the background (enable.auto.commit) what klar has written'
after-write\t'klar commits what it has written, synchronously, every N messages or interval, and at exit'
none\t'Never commit'"
complete -c klar -n "__fish_klar_using_subcommand consume" -l commit-every -d 'With --commit after-write: commit after every N messages written' -r
complete -c klar -n "__fish_klar_using_subcommand consume" -l commit-interval -d 'With --commit after-write: commit at this interval (default 1s unless --commit-every)' -r
complete -c klar -n "__fish_klar_using_subcommand consume" -l isolation -d 'Sets isolation.level: read_committed skips aborted and open transactions' -r -f -a "read_committed\t''
read_uncommitted\t''"
complete -c klar -n "__fish_klar_using_subcommand consume" -l color -d 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c klar -n "__fish_klar_using_subcommand consume" -l explain -d 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar\'s own decisions on stderr, then run'
complete -c klar -n "__fish_klar_using_subcommand consume" -l explain-only -d 'Like --explain, then exit 0 without connecting'
complete -c klar -n "__fish_klar_using_subcommand consume" -s e -l exit -d 'Exit when every assigned partition has reached its end'
complete -c klar -n "__fish_klar_using_subcommand consume" -s J -l json -d 'JSON Lines in kcat -J\'s envelope (topic, partition, offset, tstype, ts, broker, headers, key, payload); bytes that are not UTF-8 are base64 with key_encoding / payload_encoding'
complete -c klar -n "__fish_klar_using_subcommand consume" -s Z -l null-marker -d 'Print NULL for null keys and values'
complete -c klar -n "__fish_klar_using_subcommand consume" -s u -l unbuffered -d 'Flush stdout after every message'
complete -c klar -n "__fish_klar_using_subcommand consume" -l pretty -d 'Indent JSON: the -J envelope and values read with -s json (nothing else)'
complete -c klar -n "__fish_klar_using_subcommand consume" -l print-headers -d 'Print headers (name:value,...) and a tab before each message (plain output)'
complete -c klar -n "__fish_klar_using_subcommand consume" -s v -l verbose -d 'More diagnostics on stderr: -v info (and librdkafka\'s info logs), -vv debug'
complete -c klar -n "__fish_klar_using_subcommand consume" -s q -l quiet -d 'Only errors on stderr: no summary, no progress, no warnings'
complete -c klar -n "__fish_klar_using_subcommand consume" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c klar -n "__fish_klar_using_subcommand consume" -s V -l version -d 'Print version'
complete -c klar -n "__fish_klar_using_subcommand admin; and not __fish_seen_subcommand_from metadata cluster topic config group records offsets acl help" -s b -l brokers -d 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and not __fish_seen_subcommand_from metadata cluster topic config group records offsets acl help" -s F -l config-file -d 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists' -r -F
complete -c klar -n "__fish_klar_using_subcommand admin; and not __fish_seen_subcommand_from metadata cluster topic config group records offsets acl help" -s X -d 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and not __fish_seen_subcommand_from metadata cluster topic config group records offsets acl help" -s d -l debug -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and not __fish_seen_subcommand_from metadata cluster topic config group records offsets acl help" -l timeout -d 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and not __fish_seen_subcommand_from metadata cluster topic config group records offsets acl help" -s o -l output -d 'Output: tables for people (tab-separated into a pipe), or one JSON document' -r -f -a "text\t''
json\t''"
complete -c klar -n "__fish_klar_using_subcommand admin; and not __fish_seen_subcommand_from metadata cluster topic config group records offsets acl help" -l color -d 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c klar -n "__fish_klar_using_subcommand admin; and not __fish_seen_subcommand_from metadata cluster topic config group records offsets acl help" -l explain -d 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar\'s own decisions on stderr, then run'
complete -c klar -n "__fish_klar_using_subcommand admin; and not __fish_seen_subcommand_from metadata cluster topic config group records offsets acl help" -l explain-only -d 'Like --explain, then exit 0 without connecting'
complete -c klar -n "__fish_klar_using_subcommand admin; and not __fish_seen_subcommand_from metadata cluster topic config group records offsets acl help" -s v -l verbose -d 'More diagnostics on stderr: -v info (and librdkafka\'s info logs), -vv debug'
complete -c klar -n "__fish_klar_using_subcommand admin; and not __fish_seen_subcommand_from metadata cluster topic config group records offsets acl help" -s q -l quiet -d 'Only errors on stderr: no summary, no progress, no warnings'
complete -c klar -n "__fish_klar_using_subcommand admin; and not __fish_seen_subcommand_from metadata cluster topic config group records offsets acl help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c klar -n "__fish_klar_using_subcommand admin; and not __fish_seen_subcommand_from metadata cluster topic config group records offsets acl help" -s V -l version -d 'Print version'
complete -c klar -n "__fish_klar_using_subcommand admin; and not __fish_seen_subcommand_from metadata cluster topic config group records offsets acl help" -f -a "metadata" -d 'Cluster id, controller, brokers, and topics with partitions, leaders, replicas and ISR'
complete -c klar -n "__fish_klar_using_subcommand admin; and not __fish_seen_subcommand_from metadata cluster topic config group records offsets acl help" -f -a "cluster" -d 'Cluster id, controller, brokers, and topics with partitions, leaders, replicas and ISR'
complete -c klar -n "__fish_klar_using_subcommand admin; and not __fish_seen_subcommand_from metadata cluster topic config group records offsets acl help" -f -a "topic" -d 'List, describe, create and delete topics; add partitions'
complete -c klar -n "__fish_klar_using_subcommand admin; and not __fish_seen_subcommand_from metadata cluster topic config group records offsets acl help" -f -a "config" -d 'Describe configs with their sources; change single entries (IncrementalAlterConfigs)'
complete -c klar -n "__fish_klar_using_subcommand admin; and not __fish_seen_subcommand_from metadata cluster topic config group records offsets acl help" -f -a "group" -d 'Consumer groups: list, describe with lag, reset offsets, delete'
complete -c klar -n "__fish_klar_using_subcommand admin; and not __fish_seen_subcommand_from metadata cluster topic config group records offsets acl help" -f -a "records" -d 'Delete records at the start of partitions'
complete -c klar -n "__fish_klar_using_subcommand admin; and not __fish_seen_subcommand_from metadata cluster topic config group records offsets acl help" -f -a "offsets" -d 'Offsets per partition: earliest, latest, max timestamp, or for a time'
complete -c klar -n "__fish_klar_using_subcommand admin; and not __fish_seen_subcommand_from metadata cluster topic config group records offsets acl help" -f -a "acl" -d 'Access control lists'
complete -c klar -n "__fish_klar_using_subcommand admin; and not __fish_seen_subcommand_from metadata cluster topic config group records offsets acl help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from metadata" -s b -l brokers -d 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from metadata" -s F -l config-file -d 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists' -r -F
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from metadata" -s X -d 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from metadata" -s d -l debug -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from metadata" -l timeout -d 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from metadata" -s o -l output -d 'Output: tables for people (tab-separated into a pipe), or one JSON document' -r -f -a "text\t''
json\t''"
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from metadata" -l color -d 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from metadata" -s t -l topic -d 'Only this topic (repeatable)' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from metadata" -l explain -d 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar\'s own decisions on stderr, then run'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from metadata" -l explain-only -d 'Like --explain, then exit 0 without connecting'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from metadata" -s v -l verbose -d 'More diagnostics on stderr: -v info (and librdkafka\'s info logs), -vv debug'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from metadata" -s q -l quiet -d 'Only errors on stderr: no summary, no progress, no warnings'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from metadata" -l under-replicated -d 'Only partitions whose ISR is smaller than their replica set'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from metadata" -l unavailable -d 'Only partitions with no live leader'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from metadata" -s h -l help -d 'Print help'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from metadata" -s V -l version -d 'Print version'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from cluster" -s b -l brokers -d 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from cluster" -s F -l config-file -d 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists' -r -F
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from cluster" -s X -d 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from cluster" -s d -l debug -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from cluster" -l timeout -d 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from cluster" -s o -l output -d 'Output: tables for people (tab-separated into a pipe), or one JSON document' -r -f -a "text\t''
json\t''"
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from cluster" -l color -d 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from cluster" -s t -l topic -d 'Only this topic (repeatable)' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from cluster" -l explain -d 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar\'s own decisions on stderr, then run'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from cluster" -l explain-only -d 'Like --explain, then exit 0 without connecting'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from cluster" -s v -l verbose -d 'More diagnostics on stderr: -v info (and librdkafka\'s info logs), -vv debug'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from cluster" -s q -l quiet -d 'Only errors on stderr: no summary, no progress, no warnings'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from cluster" -l under-replicated -d 'Only partitions whose ISR is smaller than their replica set'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from cluster" -l unavailable -d 'Only partitions with no live leader'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from cluster" -s h -l help -d 'Print help'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from cluster" -s V -l version -d 'Print version'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from topic" -s b -l brokers -d 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from topic" -s F -l config-file -d 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists' -r -F
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from topic" -s X -d 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from topic" -s d -l debug -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from topic" -l timeout -d 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from topic" -s o -l output -d 'Output: tables for people (tab-separated into a pipe), or one JSON document' -r -f -a "text\t''
json\t''"
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from topic" -l color -d 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from topic" -l explain -d 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar\'s own decisions on stderr, then run'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from topic" -l explain-only -d 'Like --explain, then exit 0 without connecting'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from topic" -s v -l verbose -d 'More diagnostics on stderr: -v info (and librdkafka\'s info logs), -vv debug'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from topic" -s q -l quiet -d 'Only errors on stderr: no summary, no progress, no warnings'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from topic" -s h -l help -d 'Print help'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from topic" -s V -l version -d 'Print version'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from topic" -f -a "list" -d 'Topics with partition count and replication factor'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from topic" -f -a "ls" -d 'Topics with partition count and replication factor'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from topic" -f -a "describe" -d 'Partitions with leader, replicas, ISR and low/high watermarks'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from topic" -f -a "create" -d 'Create topics (CreateTopics)'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from topic" -f -a "delete" -d 'Delete topics (DeleteTopics)'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from topic" -f -a "add-partitions" -d 'Raise a topic\'s partition count (CreatePartitions)'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from topic" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from config" -s b -l brokers -d 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from config" -s F -l config-file -d 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists' -r -F
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from config" -s X -d 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from config" -s d -l debug -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from config" -l timeout -d 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from config" -s o -l output -d 'Output: tables for people (tab-separated into a pipe), or one JSON document' -r -f -a "text\t''
json\t''"
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from config" -l color -d 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from config" -l explain -d 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar\'s own decisions on stderr, then run'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from config" -l explain-only -d 'Like --explain, then exit 0 without connecting'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from config" -s v -l verbose -d 'More diagnostics on stderr: -v info (and librdkafka\'s info logs), -vv debug'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from config" -s q -l quiet -d 'Only errors on stderr: no summary, no progress, no warnings'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from config" -s h -l help -d 'Print help'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from config" -s V -l version -d 'Print version'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from config" -f -a "describe" -d 'Config entries with value, source, read-only and sensitive flags'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set entries, key=value; the others keep their values'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from config" -f -a "delete" -d 'Remove entries, so they fall back to their defaults'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from config" -f -a "append" -d 'Add values to list entries, key=value'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from config" -f -a "subtract" -d 'Remove values from list entries, key=value'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from config" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from group" -s b -l brokers -d 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from group" -s F -l config-file -d 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists' -r -F
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from group" -s X -d 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from group" -s d -l debug -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from group" -l timeout -d 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from group" -s o -l output -d 'Output: tables for people (tab-separated into a pipe), or one JSON document' -r -f -a "text\t''
json\t''"
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from group" -l color -d 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from group" -l explain -d 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar\'s own decisions on stderr, then run'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from group" -l explain-only -d 'Like --explain, then exit 0 without connecting'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from group" -s v -l verbose -d 'More diagnostics on stderr: -v info (and librdkafka\'s info logs), -vv debug'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from group" -s q -l quiet -d 'Only errors on stderr: no summary, no progress, no warnings'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from group" -s h -l help -d 'Print help'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from group" -s V -l version -d 'Print version'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from group" -f -a "list" -d 'Consumer groups with state and type'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from group" -f -a "ls" -d 'Consumer groups with state and type'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from group" -f -a "describe" -d 'State, coordinator, members, committed offsets and lag'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from group" -f -a "reset-offsets" -d 'Plan (and with --execute, commit) new offsets for a group with no active members'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from group" -f -a "delete" -d 'Delete groups and their committed offsets (DeleteGroups)'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from group" -f -a "delete-offsets" -d 'Delete a group\'s committed offsets for topics (OffsetDelete)'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from group" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from records" -s b -l brokers -d 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from records" -s F -l config-file -d 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists' -r -F
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from records" -s X -d 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from records" -s d -l debug -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from records" -l timeout -d 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from records" -s o -l output -d 'Output: tables for people (tab-separated into a pipe), or one JSON document' -r -f -a "text\t''
json\t''"
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from records" -l color -d 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from records" -l explain -d 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar\'s own decisions on stderr, then run'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from records" -l explain-only -d 'Like --explain, then exit 0 without connecting'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from records" -s v -l verbose -d 'More diagnostics on stderr: -v info (and librdkafka\'s info logs), -vv debug'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from records" -s q -l quiet -d 'Only errors on stderr: no summary, no progress, no warnings'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from records" -s h -l help -d 'Print help'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from records" -s V -l version -d 'Print version'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from records" -f -a "delete" -d 'Delete every record before an offset (DeleteRecords); shows old and new low watermarks'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from records" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from offsets" -s b -l brokers -d 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from offsets" -s F -l config-file -d 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists' -r -F
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from offsets" -s X -d 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from offsets" -s d -l debug -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from offsets" -l timeout -d 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from offsets" -s o -l output -d 'Output: tables for people (tab-separated into a pipe), or one JSON document' -r -f -a "text\t''
json\t''"
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from offsets" -l color -d 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from offsets" -s t -l topic -d 'TOPIC or TOPIC:P,P,... (repeatable)' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from offsets" -l time -d 'earliest (or -2), latest (-1), max-timestamp (-3), a time in ms, RFC 3339, or relative (-1h)' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from offsets" -l isolation -d 'Sets isolation.level: read_committed answers latest with the last stable offset, before any open transaction' -r -f -a "read_committed\t''
read_uncommitted\t''"
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from offsets" -l explain -d 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar\'s own decisions on stderr, then run'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from offsets" -l explain-only -d 'Like --explain, then exit 0 without connecting'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from offsets" -s v -l verbose -d 'More diagnostics on stderr: -v info (and librdkafka\'s info logs), -vv debug'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from offsets" -s q -l quiet -d 'Only errors on stderr: no summary, no progress, no warnings'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from offsets" -s h -l help -d 'Print help'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from offsets" -s V -l version -d 'Print version'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from acl" -s b -l brokers -d 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from acl" -s F -l config-file -d 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists' -r -F
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from acl" -s X -d 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from acl" -s d -l debug -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from acl" -l timeout -d 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)' -r
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from acl" -s o -l output -d 'Output: tables for people (tab-separated into a pipe), or one JSON document' -r -f -a "text\t''
json\t''"
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from acl" -l color -d 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from acl" -l explain -d 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar\'s own decisions on stderr, then run'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from acl" -l explain-only -d 'Like --explain, then exit 0 without connecting'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from acl" -s v -l verbose -d 'More diagnostics on stderr: -v info (and librdkafka\'s info logs), -vv debug'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from acl" -s q -l quiet -d 'Only errors on stderr: no summary, no progress, no warnings'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from acl" -s h -l help -d 'Print help'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from acl" -s V -l version -d 'Print version'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from acl" -f -a "list" -d 'ACLs matching a filter (DescribeAcls)'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from acl" -f -a "ls" -d 'ACLs matching a filter (DescribeAcls)'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from acl" -f -a "create" -d 'Create one ACL (CreateAcls); pattern defaults to literal, host to *, permission to allow'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from acl" -f -a "delete" -d 'Delete the ACLs matching a filter (DeleteAcls)'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from acl" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "metadata" -d 'Cluster id, controller, brokers, and topics with partitions, leaders, replicas and ISR'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "topic" -d 'List, describe, create and delete topics; add partitions'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "config" -d 'Describe configs with their sources; change single entries (IncrementalAlterConfigs)'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "group" -d 'Consumer groups: list, describe with lag, reset offsets, delete'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "records" -d 'Delete records at the start of partitions'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "offsets" -d 'Offsets per partition: earliest, latest, max timestamp, or for a time'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "acl" -d 'Access control lists'
complete -c klar -n "__fish_klar_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c klar -n "__fish_klar_using_subcommand mock" -l brokers -d 'Number of brokers in the mock cluster (1 to 100: each takes a thread and sockets, and librdkafka aborts when it runs out)' -r
complete -c klar -n "__fish_klar_using_subcommand mock" -l topic -d 'Create a topic up front, NAME or NAME:PARTITIONS (default 1 partition); repeatable' -r
complete -c klar -n "__fish_klar_using_subcommand mock" -l group-initial-rebalance-delay -d 'How long a new consumer group waits for more members before its first assignment (librdkafka\'s mock default is 3s)' -r
complete -c klar -n "__fish_klar_using_subcommand mock" -l inject -d 'Answer the next requests of API with these errors, in order, one a request; repeatable. ERROR is a Kafka error name or number; NAME@DELAY holds that response back (NO_ERROR@5s), NAME*N repeats it; NO_ERROR answers normally and _TRANSPORT drops the connection. `2:Produce=...` only on broker 2' -r
complete -c klar -n "__fish_klar_using_subcommand mock" -l rtt -d 'Delay every response of BROKER (1..N) by DURATION; repeatable' -r
complete -c klar -n "__fish_klar_using_subcommand mock" -l color -d 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c klar -n "__fish_klar_using_subcommand mock" -l until-signal -d 'Keep running when stdin closes; stop only on SIGINT/SIGTERM (for `klar mock &`). stdin is then not read, so control lines are off'
complete -c klar -n "__fish_klar_using_subcommand mock" -s v -l verbose -d 'More diagnostics on stderr: -v info (and librdkafka\'s info logs), -vv debug'
complete -c klar -n "__fish_klar_using_subcommand mock" -s q -l quiet -d 'Only errors on stderr: no summary, no progress, no warnings'
complete -c klar -n "__fish_klar_using_subcommand mock" -s h -l help -d 'Print help'
complete -c klar -n "__fish_klar_using_subcommand mock" -s V -l version -d 'Print version'
complete -c klar -n "__fish_klar_using_subcommand config-explain" -s b -l brokers -d 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)' -r
complete -c klar -n "__fish_klar_using_subcommand config-explain" -s F -l config-file -d 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists' -r -F
complete -c klar -n "__fish_klar_using_subcommand config-explain" -s X -d 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME' -r
complete -c klar -n "__fish_klar_using_subcommand config-explain" -s d -l debug -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all' -r
complete -c klar -n "__fish_klar_using_subcommand config-explain" -l timeout -d 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)' -r
complete -c klar -n "__fish_klar_using_subcommand config-explain" -l role -d 'Only the properties a producer, a consumer or an admin client reads' -r -f -a "producer\t''
consumer\t''
admin\t''"
complete -c klar -n "__fish_klar_using_subcommand config-explain" -l search -d 'Only the properties whose name or description contains WORD (case-insensitive)' -r
complete -c klar -n "__fish_klar_using_subcommand config-explain" -s o -l output -d 'Output format; json carries every field of the catalogue' -r -f -a "text\t''
json\t''"
complete -c klar -n "__fish_klar_using_subcommand config-explain" -s t -l topic -d 'With --lint: also read the configuration against topic TOPIC on the cluster (its partitions, replicas and configs, and a broker\'s configs): max.message.bytes, min.insync.replicas, compression.type, session and transaction timeout ranges. Repeatable; connects with the configuration\'s brokers, bounded by --timeout' -r
complete -c klar -n "__fish_klar_using_subcommand config-explain" -l import -d 'Translate a Java client .properties file into librdkafka properties on stdout' -r -F
complete -c klar -n "__fish_klar_using_subcommand config-explain" -l color -d 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c klar -n "__fish_klar_using_subcommand config-explain" -l set-only -d 'Only the properties set by klar\'s defaults, the file, the environment, flags or -X'
complete -c klar -n "__fish_klar_using_subcommand config-explain" -l lint -d 'Check the configuration (file, environment, -X) and report findings; exit 1 on errors'
complete -c klar -n "__fish_klar_using_subcommand config-explain" -l names -d 'Every property name, one per line (for shell completion)'
complete -c klar -n "__fish_klar_using_subcommand config-explain" -l explain -d 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar\'s own decisions on stderr, then run'
complete -c klar -n "__fish_klar_using_subcommand config-explain" -l explain-only -d 'Like --explain, then exit 0 without connecting'
complete -c klar -n "__fish_klar_using_subcommand config-explain" -s v -l verbose -d 'More diagnostics on stderr: -v info (and librdkafka\'s info logs), -vv debug'
complete -c klar -n "__fish_klar_using_subcommand config-explain" -s q -l quiet -d 'Only errors on stderr: no summary, no progress, no warnings'
complete -c klar -n "__fish_klar_using_subcommand config-explain" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c klar -n "__fish_klar_using_subcommand config-explain" -s V -l version -d 'Print version'
complete -c klar -n "__fish_klar_using_subcommand completions" -l color -d 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c klar -n "__fish_klar_using_subcommand completions" -s v -l verbose -d 'More diagnostics on stderr: -v info (and librdkafka\'s info logs), -vv debug'
complete -c klar -n "__fish_klar_using_subcommand completions" -s q -l quiet -d 'Only errors on stderr: no summary, no progress, no warnings'
complete -c klar -n "__fish_klar_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c klar -n "__fish_klar_using_subcommand completions" -s V -l version -d 'Print version'
complete -c klar -n "__fish_klar_using_subcommand man" -l dir -d 'Write klar.1 and a page per subcommand into DIR instead' -r -F
complete -c klar -n "__fish_klar_using_subcommand man" -l color -d 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c klar -n "__fish_klar_using_subcommand man" -s v -l verbose -d 'More diagnostics on stderr: -v info (and librdkafka\'s info logs), -vv debug'
complete -c klar -n "__fish_klar_using_subcommand man" -s q -l quiet -d 'Only errors on stderr: no summary, no progress, no warnings'
complete -c klar -n "__fish_klar_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c klar -n "__fish_klar_using_subcommand man" -s V -l version -d 'Print version'
complete -c klar -n "__fish_klar_using_subcommand help; and not __fish_seen_subcommand_from produce consume admin mock config-explain completions man help" -f -a "produce" -d 'Produce messages from stdin, files or JSON lines, with a delivery report per message'
complete -c klar -n "__fish_klar_using_subcommand help; and not __fish_seen_subcommand_from produce consume admin mock config-explain completions man help" -f -a "consume" -d 'Consume messages: a group (-G) or assigned partitions (-t), printed as text, -f or -J'
complete -c klar -n "__fish_klar_using_subcommand help; and not __fish_seen_subcommand_from produce consume admin mock config-explain completions man help" -f -a "admin" -d 'Cluster administration: metadata, topics, configs, groups with lag, offsets, records, ACLs'
complete -c klar -n "__fish_klar_using_subcommand help; and not __fish_seen_subcommand_from produce consume admin mock config-explain completions man help" -f -a "mock" -d 'Run librdkafka\'s in-process mock cluster, to try klar with no broker installed'
complete -c klar -n "__fish_klar_using_subcommand help; and not __fish_seen_subcommand_from produce consume admin mock config-explain completions man help" -f -a "config-explain" -d 'Every librdkafka property: default, effect, effective value and where it came from; --lint checks a configuration, --import translates a Java client file'
complete -c klar -n "__fish_klar_using_subcommand help; and not __fish_seen_subcommand_from produce consume admin mock config-explain completions man help" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
complete -c klar -n "__fish_klar_using_subcommand help; and not __fish_seen_subcommand_from produce consume admin mock config-explain completions man help" -f -a "man" -d 'Print klar\'s man page (roff), or write every page with --dir'
complete -c klar -n "__fish_klar_using_subcommand help; and not __fish_seen_subcommand_from produce consume admin mock config-explain completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c klar -n "__fish_klar_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "metadata" -d 'Cluster id, controller, brokers, and topics with partitions, leaders, replicas and ISR'
complete -c klar -n "__fish_klar_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "topic" -d 'List, describe, create and delete topics; add partitions'
complete -c klar -n "__fish_klar_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "config" -d 'Describe configs with their sources; change single entries (IncrementalAlterConfigs)'
complete -c klar -n "__fish_klar_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "group" -d 'Consumer groups: list, describe with lag, reset offsets, delete'
complete -c klar -n "__fish_klar_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "records" -d 'Delete records at the start of partitions'
complete -c klar -n "__fish_klar_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "offsets" -d 'Offsets per partition: earliest, latest, max timestamp, or for a time'
complete -c klar -n "__fish_klar_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "acl" -d 'Access control lists'

complete -c klar -s t -l topic -x -a '(test -n "$KLAR_BROKERS"; and klar admin topic list --timeout 2s 2>/dev/null | tail -n +2 | cut -f1)'
complete -c klar -s G -l group -x -a '(test -n "$KLAR_BROKERS"; and klar admin group list --timeout 2s 2>/dev/null | tail -n +2 | cut -f1)'
complete -c klar -s X -x -a '(klar config-explain --names 2>/dev/null | string replace -r "\$" "=")'
complete -c klar -n "__fish_seen_subcommand_from config-explain" -f -a '(klar config-explain --names 2>/dev/null)'

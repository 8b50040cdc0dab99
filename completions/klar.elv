
use builtin;
use str;

set edit:completion:arg-completer[klar] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'klar'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'klar'= {
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand produce 'Produce messages from stdin, files or JSON lines, with a delivery report per message'
            cand consume 'Consume messages: a group (-G) or assigned partitions (-t), printed as text, -f or -J'
            cand admin 'Cluster administration: metadata, topics, configs, groups with lag, offsets, records, ACLs'
            cand mock 'Run librdkafka''s in-process mock cluster, to try klar with no broker installed'
            cand config-explain 'Every librdkafka property: default, effect, effective value and where it came from; --lint checks a configuration, --import translates a Java client file'
            cand completions 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
            cand man 'Print klar''s man page (roff), or write every page with --dir'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'klar;produce'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -t 'Topic to produce to'
            cand --topic 'Topic to produce to'
            cand -p 'Partition for every message (default, or -1 as in kcat: librdkafka''s partitioner)'
            cand --partition 'Partition for every message (default, or -1 as in kcat: librdkafka''s partitioner)'
            cand -D 'Message delimiter; escapes \n \t \r \xNN; multi-byte allowed'
            cand --delimiter 'Message delimiter; escapes \n \t \r \xNN; multi-byte allowed'
            cand -K 'Split each message at the first DELIM into key and value'
            cand --key-delimiter 'Split each message at the first DELIM into key and value'
            cand -k 'The same key for every message; with -K, for each line without the key delimiter (as in kcat)'
            cand --key 'The same key for every message; with -K, for each line without the key delimiter (as in kcat)'
            cand -H 'Header for every message, NAME=VALUE (NAME alone: a null value); repeatable'
            cand --header 'Header for every message, NAME=VALUE (NAME alone: a null value); repeatable'
            cand -z 'Compression codec (sets compression.codec)'
            cand --compression 'Compression codec (sets compression.codec)'
            cand --acks 'Acknowledgements to wait for (sets acks)'
            cand -c 'Stop after N messages (at least 1; without -c, no limit)'
            cand --count 'Stop after N messages (at least 1; without -c, no limit)'
            cand -l 'Read messages from FILE split by the delimiter, instead of stdin'
            cand --line-file 'Read messages from FILE split by the delimiter, instead of stdin'
            cand --rate 'At most N messages per second'
            cand --input 'Input format'
            cand --key-encoding 'How key strings in --input json are encoded'
            cand --value-encoding 'How payload strings in --input json are encoded'
            cand -o 'Delivery report per message, on stdout (also -o/--output, as on every command)'
            cand --report 'Delivery report per message, on stdout (also -o/--output, as on every command)'
            cand --output 'Delivery report per message, on stdout (also -o/--output, as on every command)'
            cand --summary 'The summary at the end, on stderr: a line of text, or one JSON object (counts, seconds, the transaction''s outcome) that is printed even with -q'
            cand --flush-timeout 'How long to wait for outstanding deliveries at the end (default: message.timeout.ms plus reconnect.backoff.max.ms plus 2s, so that librdkafka reports each expired message as _MSG_TIMED_OUT itself)'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand --idempotence 'Exactly-once delivery per partition (sets enable.idempotence=true)'
            cand -Z 'An empty value is sent as null (a tombstone); an empty key as no key'
            cand --null-empty 'An empty value is sent as null (a tombstone); an empty key as no key'
            cand -T 'Also write every message sent to stdout, like tee (turns the report off unless --report is given)'
            cand --tee 'Also write every message sent to stdout, like tee (turns the report off unless --report is given)'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;consume'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -t 'Topic to read by assigning its partitions directly (no group)'
            cand --topic 'Topic to read by assigning its partitions directly (no group)'
            cand -p 'Partitions to read with -t (repeatable; default: all)'
            cand --partition 'Partitions to read with -t (repeatable; default: all)'
            cand -G 'Consumer group to join; the topics are the positional arguments'
            cand --group 'Consumer group to join; the topics are the positional arguments'
            cand -o 'Where to start, and optionally stop (repeatable): beginning | end | stored | N | -N (N before the end) | +N (N after the beginning) | @MS | @RFC3339 | @-DURATION (that long ago); START:END stops before END (an offset, @time or `end` as of start-up); kcat''s s@MS and e@MS set the start or the end alone; P=SPEC for partition P only (with -t and only P=SPECs, only those partitions are read). Default with -t: beginning. With -G, beginning and end apply to partitions with no committed offset (default: auto.offset.reset); any other form is applied the first time a partition is assigned, overriding the committed offset'
            cand --offset 'Where to start, and optionally stop (repeatable): beginning | end | stored | N | -N (N before the end) | +N (N after the beginning) | @MS | @RFC3339 | @-DURATION (that long ago); START:END stops before END (an offset, @time or `end` as of start-up); kcat''s s@MS and e@MS set the start or the end alone; P=SPEC for partition P only (with -t and only P=SPECs, only those partitions are read). Default with -t: beginning. With -G, beginning and end apply to partitions with no committed offset (default: auto.offset.reset); any other form is applied the first time a partition is assigned, overriding the committed offset'
            cand -c 'Exit after N messages (at least 1; without -c, no limit)'
            cand --count 'Exit after N messages (at least 1; without -c, no limit)'
            cand -f 'Output format with kcat''s tokens: %s value, %S value length, %R value length (32-bit big-endian), %k key, %K key length, %t topic, %p partition, %o offset, %T timestamp (ms), %h headers, %% a percent sign; and klar''s: %d timestamp as RFC 3339 UTC (%d{STRFTIME}), %y timestamp type, %b broker, %l leader epoch, %e headers as JSON, %L messages behind the high watermark, %s{hex} %s{base64} %k{hex} %k{base64}; escapes \n \t \r \xNN'
            cand --format 'Output format with kcat''s tokens: %s value, %S value length, %R value length (32-bit big-endian), %k key, %K key length, %t topic, %p partition, %o offset, %T timestamp (ms), %h headers, %% a percent sign; and klar''s: %d timestamp as RFC 3339 UTC (%d{STRFTIME}), %y timestamp type, %b broker, %l leader epoch, %e headers as JSON, %L messages behind the high watermark, %s{hex} %s{base64} %k{hex} %k{base64}; escapes \n \t \r \xNN'
            cand --output 'Output format: text, or json (the same as -J). `-o` is the offset, as in kcat'
            cand -D 'Delimiter after each message, plain or -J (default \n; -f ends messages itself)'
            cand --delimiter 'Delimiter after each message, plain or -J (default \n; -f ends messages itself)'
            cand -K 'Print the key and this delimiter before each value (plain output; -J has a key field, -f has %k)'
            cand --key-delimiter 'Print the key and this delimiter before each value (plain output; -J has a key field, -f has %k)'
            cand -s 'Deserialize keys or values: key=TYPE, value=TYPE, or TYPE for both. TYPE: string (default), bytes|hex, base64, int, long, float, double (big-endian, as Confluent''s serializers write them), json, or a kcat pack string (e.g. ''>ihs'')'
            cand --deserialize 'Deserialize keys or values: key=TYPE, value=TYPE, or TYPE for both. TYPE: string (default), bytes|hex, base64, int, long, float, double (big-endian, as Confluent''s serializers write them), json, or a kcat pack string (e.g. ''>ihs'')'
            cand --grep-key 'Only messages whose key matches REGEX (client side)'
            cand --grep-value 'Only messages whose value matches REGEX (client side)'
            cand --grep-header 'Only messages with a header NAME whose value matches REGEX; repeatable (all must match)'
            cand --commit 'When offsets are committed. Default: auto with -G, none with -t'
            cand --commit-every 'With --commit after-write: commit after every N messages written'
            cand --commit-interval 'With --commit after-write: commit at this interval (default 1s unless --commit-every)'
            cand --isolation 'Sets isolation.level: read_committed skips aborted and open transactions'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -e 'Exit when every assigned partition has reached its end'
            cand --exit 'Exit when every assigned partition has reached its end'
            cand -J 'JSON Lines in kcat -J''s envelope (topic, partition, offset, tstype, ts, broker, headers, key, payload); bytes that are not UTF-8 are base64 with key_encoding / payload_encoding'
            cand --json 'JSON Lines in kcat -J''s envelope (topic, partition, offset, tstype, ts, broker, headers, key, payload); bytes that are not UTF-8 are base64 with key_encoding / payload_encoding'
            cand -Z 'Print NULL for null keys and values'
            cand --null-marker 'Print NULL for null keys and values'
            cand -u 'Flush stdout after every message'
            cand --unbuffered 'Flush stdout after every message'
            cand --pretty 'Indent JSON: the -J envelope and values read with -s json (nothing else)'
            cand --print-headers 'Print headers (name:value,...) and a tab before each message (plain output)'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;admin'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand metadata 'Cluster id, controller, brokers, and topics with partitions, leaders, replicas and ISR'
            cand cluster 'Cluster id, controller, brokers, and topics with partitions, leaders, replicas and ISR'
            cand topic 'List, describe, create and delete topics; add partitions'
            cand config 'Describe configs with their sources; change single entries (IncrementalAlterConfigs)'
            cand group 'Consumer groups: list, describe with lag, reset offsets, delete'
            cand records 'Delete records at the start of partitions'
            cand offsets 'Offsets per partition: earliest, latest, max timestamp, or for a time'
            cand acl 'Access control lists'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'klar;admin;metadata'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand -t 'Only this topic (repeatable)'
            cand --topic 'Only this topic (repeatable)'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand --under-replicated 'Only partitions whose ISR is smaller than their replica set'
            cand --unavailable 'Only partitions with no live leader'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;admin;cluster'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand -t 'Only this topic (repeatable)'
            cand --topic 'Only this topic (repeatable)'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand --under-replicated 'Only partitions whose ISR is smaller than their replica set'
            cand --unavailable 'Only partitions with no live leader'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;admin;topic'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Topics with partition count and replication factor'
            cand ls 'Topics with partition count and replication factor'
            cand describe 'Partitions with leader, replicas, ISR and low/high watermarks'
            cand create 'Create topics (CreateTopics)'
            cand delete 'Delete topics (DeleteTopics)'
            cand add-partitions 'Raise a topic''s partition count (CreatePartitions)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'klar;admin;topic;list'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand --internal 'Include internal topics (__consumer_offsets, ...)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;admin;topic;ls'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand --internal 'Include internal topics (__consumer_offsets, ...)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;admin;topic;describe'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;admin;topic;create'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand -p 'Partitions (default: the broker''s num.partitions)'
            cand --partitions 'Partitions (default: the broker''s num.partitions)'
            cand -r 'Replication factor (default: the broker''s default.replication.factor)'
            cand --replication-factor 'Replication factor (default: the broker''s default.replication.factor)'
            cand --replica-assignment 'Replicas per partition, as kafka-topics takes them: 1:2,2:3 is partition 0 on brokers 1 and 2, partition 1 on brokers 2 and 3'
            cand -c 'A topic config, key=value (repeatable)'
            cand --config 'A topic config, key=value (repeatable)'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand --dry-run 'Ask the broker to validate only (validate_only); nothing is created'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;admin;topic;delete'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;admin;topic;add-partitions'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand -p 'The new total number of partitions'
            cand --partitions 'The new total number of partitions'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand --dry-run 'Ask the broker to validate only; nothing changes'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;admin;topic;help'= {
            cand list 'Topics with partition count and replication factor'
            cand describe 'Partitions with leader, replicas, ISR and low/high watermarks'
            cand create 'Create topics (CreateTopics)'
            cand delete 'Delete topics (DeleteTopics)'
            cand add-partitions 'Raise a topic''s partition count (CreatePartitions)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'klar;admin;topic;help;list'= {
        }
        &'klar;admin;topic;help;describe'= {
        }
        &'klar;admin;topic;help;create'= {
        }
        &'klar;admin;topic;help;delete'= {
        }
        &'klar;admin;topic;help;add-partitions'= {
        }
        &'klar;admin;topic;help;help'= {
        }
        &'klar;admin;config'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand describe 'Config entries with value, source, read-only and sensitive flags'
            cand set 'Set entries, key=value; the others keep their values'
            cand delete 'Remove entries, so they fall back to their defaults'
            cand append 'Add values to list entries, key=value'
            cand subtract 'Remove values from list entries, key=value'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'klar;admin;config;describe'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand --all 'Every entry, defaults included, with its synonyms and their sources'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;admin;config;set'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand --dry-run 'Ask the broker to validate only; nothing changes'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;admin;config;delete'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand --dry-run 'Ask the broker to validate only; nothing changes'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;admin;config;append'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand --dry-run 'Ask the broker to validate only; nothing changes'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;admin;config;subtract'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand --dry-run 'Ask the broker to validate only; nothing changes'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;admin;config;help'= {
            cand describe 'Config entries with value, source, read-only and sensitive flags'
            cand set 'Set entries, key=value; the others keep their values'
            cand delete 'Remove entries, so they fall back to their defaults'
            cand append 'Add values to list entries, key=value'
            cand subtract 'Remove values from list entries, key=value'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'klar;admin;config;help;describe'= {
        }
        &'klar;admin;config;help;set'= {
        }
        &'klar;admin;config;help;delete'= {
        }
        &'klar;admin;config;help;append'= {
        }
        &'klar;admin;config;help;subtract'= {
        }
        &'klar;admin;config;help;help'= {
        }
        &'klar;admin;group'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Consumer groups with state and type'
            cand ls 'Consumer groups with state and type'
            cand describe 'State, coordinator, members, committed offsets and lag'
            cand reset-offsets 'Plan (and with --execute, commit) new offsets for a group with no active members'
            cand delete 'Delete groups and their committed offsets (DeleteGroups)'
            cand delete-offsets 'Delete a group''s committed offsets for topics (OffsetDelete)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'klar;admin;group;list'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand --state 'Only groups in this state (repeatable)'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;admin;group;ls'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand --state 'Only groups in this state (repeatable)'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;admin;group;describe'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand --topic 'Only these topics, TOPIC or TOPIC:P,... (repeatable); asks for their partitions by name, which also works where a group''s offsets cannot be listed as a whole (librdkafka''s mock cluster)'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand --lagging 'Only partitions with lag above 0'
            cand -s 'Only the summary: state, members and total lag per topic'
            cand --summary 'Only the summary: state, members and total lag per topic'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;admin;group;reset-offsets'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand --topic 'TOPIC or TOPIC:P,P,... (repeatable)'
            cand --to-offset 'This offset in every partition named (clamped to the watermarks)'
            cand --to-datetime 'The first offset at or after this time (RFC 3339, e.g. 2024-05-01T12:00:00Z)'
            cand --by-duration 'The first offset at or after now minus DURATION (e.g. 1h, 30m; -1h means the same)'
            cand --shift-by 'The committed offset plus N (negative moves back)'
            cand --from-file 'Offsets from a CSV file of topic,partition,offset lines (what --export writes); the file names the partitions, so --topic and --all-topics do not go with it'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand --all-topics 'Every topic the group has committed offsets for'
            cand --to-earliest 'Each partition''s low watermark (its first offset)'
            cand --to-latest 'Each partition''s high watermark (its end: nothing left to read)'
            cand --execute 'Commit the plan. Without it nothing changes'
            cand --export 'Print the plan as CSV (topic,partition,offset) instead of a table'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;admin;group;delete'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;admin;group;delete-offsets'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand --topic 'TOPIC or TOPIC:P,P,... (repeatable)'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;admin;group;help'= {
            cand list 'Consumer groups with state and type'
            cand describe 'State, coordinator, members, committed offsets and lag'
            cand reset-offsets 'Plan (and with --execute, commit) new offsets for a group with no active members'
            cand delete 'Delete groups and their committed offsets (DeleteGroups)'
            cand delete-offsets 'Delete a group''s committed offsets for topics (OffsetDelete)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'klar;admin;group;help;list'= {
        }
        &'klar;admin;group;help;describe'= {
        }
        &'klar;admin;group;help;reset-offsets'= {
        }
        &'klar;admin;group;help;delete'= {
        }
        &'klar;admin;group;help;delete-offsets'= {
        }
        &'klar;admin;group;help;help'= {
        }
        &'klar;admin;records'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand delete 'Delete every record before an offset (DeleteRecords); shows old and new low watermarks'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'klar;admin;records;delete'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand -t 'The topic to delete records from'
            cand --topic 'The topic to delete records from'
            cand --before 'An offset, @TIME (RFC 3339, ms, or -1h relative), or end (everything)'
            cand -p 'Only this partition (repeatable; default all)'
            cand --partition 'Only this partition (repeatable; default all)'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand -y 'Do not ask; required when stdin is not a terminal'
            cand --yes 'Do not ask; required when stdin is not a terminal'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;admin;records;help'= {
            cand delete 'Delete every record before an offset (DeleteRecords); shows old and new low watermarks'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'klar;admin;records;help;delete'= {
        }
        &'klar;admin;records;help;help'= {
        }
        &'klar;admin;offsets'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand -t 'TOPIC or TOPIC:P,P,... (repeatable)'
            cand --topic 'TOPIC or TOPIC:P,P,... (repeatable)'
            cand --time 'earliest (or -2), latest (-1), max-timestamp (-3), a time in ms, RFC 3339, or relative (-1h)'
            cand --isolation 'Sets isolation.level: read_committed answers latest with the last stable offset, before any open transaction'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;admin;acl'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'ACLs matching a filter (DescribeAcls)'
            cand ls 'ACLs matching a filter (DescribeAcls)'
            cand create 'Create one ACL (CreateAcls); pattern defaults to literal, host to *, permission to allow'
            cand delete 'Delete the ACLs matching a filter (DeleteAcls)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'klar;admin;acl;list'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand --resource-type 'The kind of resource; list and delete take any'
            cand --resource-name 'The resource''s name (kafka-cluster for the cluster)'
            cand --pattern 'How the name matches: literal, prefixed; list and delete also take any and match (every pattern that would apply to the name)'
            cand --resource-pattern-type 'How the name matches: literal, prefixed; list and delete also take any and match (every pattern that would apply to the name)'
            cand --principal 'e.g. User:alice'
            cand --host 'The client host the ACL applies to; * for every host'
            cand --operation 'The operation allowed or denied'
            cand --permission 'allow or deny; list and delete also take any'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;admin;acl;ls'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand --resource-type 'The kind of resource; list and delete take any'
            cand --resource-name 'The resource''s name (kafka-cluster for the cluster)'
            cand --pattern 'How the name matches: literal, prefixed; list and delete also take any and match (every pattern that would apply to the name)'
            cand --resource-pattern-type 'How the name matches: literal, prefixed; list and delete also take any and match (every pattern that would apply to the name)'
            cand --principal 'e.g. User:alice'
            cand --host 'The client host the ACL applies to; * for every host'
            cand --operation 'The operation allowed or denied'
            cand --permission 'allow or deny; list and delete also take any'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;admin;acl;create'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand --resource-type 'The kind of resource; list and delete take any'
            cand --resource-name 'The resource''s name (kafka-cluster for the cluster)'
            cand --pattern 'How the name matches: literal, prefixed; list and delete also take any and match (every pattern that would apply to the name)'
            cand --resource-pattern-type 'How the name matches: literal, prefixed; list and delete also take any and match (every pattern that would apply to the name)'
            cand --principal 'e.g. User:alice'
            cand --host 'The client host the ACL applies to; * for every host'
            cand --operation 'The operation allowed or denied'
            cand --permission 'allow or deny; list and delete also take any'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;admin;acl;delete'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand -o 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --output 'Output: tables for people (tab-separated into a pipe), or one JSON document'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand --resource-type 'The kind of resource; list and delete take any'
            cand --resource-name 'The resource''s name (kafka-cluster for the cluster)'
            cand --pattern 'How the name matches: literal, prefixed; list and delete also take any and match (every pattern that would apply to the name)'
            cand --resource-pattern-type 'How the name matches: literal, prefixed; list and delete also take any and match (every pattern that would apply to the name)'
            cand --principal 'e.g. User:alice'
            cand --host 'The client host the ACL applies to; * for every host'
            cand --operation 'The operation allowed or denied'
            cand --permission 'allow or deny; list and delete also take any'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;admin;acl;help'= {
            cand list 'ACLs matching a filter (DescribeAcls)'
            cand create 'Create one ACL (CreateAcls); pattern defaults to literal, host to *, permission to allow'
            cand delete 'Delete the ACLs matching a filter (DeleteAcls)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'klar;admin;acl;help;list'= {
        }
        &'klar;admin;acl;help;create'= {
        }
        &'klar;admin;acl;help;delete'= {
        }
        &'klar;admin;acl;help;help'= {
        }
        &'klar;admin;help'= {
            cand metadata 'Cluster id, controller, brokers, and topics with partitions, leaders, replicas and ISR'
            cand topic 'List, describe, create and delete topics; add partitions'
            cand config 'Describe configs with their sources; change single entries (IncrementalAlterConfigs)'
            cand group 'Consumer groups: list, describe with lag, reset offsets, delete'
            cand records 'Delete records at the start of partitions'
            cand offsets 'Offsets per partition: earliest, latest, max timestamp, or for a time'
            cand acl 'Access control lists'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'klar;admin;help;metadata'= {
        }
        &'klar;admin;help;topic'= {
            cand list 'Topics with partition count and replication factor'
            cand describe 'Partitions with leader, replicas, ISR and low/high watermarks'
            cand create 'Create topics (CreateTopics)'
            cand delete 'Delete topics (DeleteTopics)'
            cand add-partitions 'Raise a topic''s partition count (CreatePartitions)'
        }
        &'klar;admin;help;topic;list'= {
        }
        &'klar;admin;help;topic;describe'= {
        }
        &'klar;admin;help;topic;create'= {
        }
        &'klar;admin;help;topic;delete'= {
        }
        &'klar;admin;help;topic;add-partitions'= {
        }
        &'klar;admin;help;config'= {
            cand describe 'Config entries with value, source, read-only and sensitive flags'
            cand set 'Set entries, key=value; the others keep their values'
            cand delete 'Remove entries, so they fall back to their defaults'
            cand append 'Add values to list entries, key=value'
            cand subtract 'Remove values from list entries, key=value'
        }
        &'klar;admin;help;config;describe'= {
        }
        &'klar;admin;help;config;set'= {
        }
        &'klar;admin;help;config;delete'= {
        }
        &'klar;admin;help;config;append'= {
        }
        &'klar;admin;help;config;subtract'= {
        }
        &'klar;admin;help;group'= {
            cand list 'Consumer groups with state and type'
            cand describe 'State, coordinator, members, committed offsets and lag'
            cand reset-offsets 'Plan (and with --execute, commit) new offsets for a group with no active members'
            cand delete 'Delete groups and their committed offsets (DeleteGroups)'
            cand delete-offsets 'Delete a group''s committed offsets for topics (OffsetDelete)'
        }
        &'klar;admin;help;group;list'= {
        }
        &'klar;admin;help;group;describe'= {
        }
        &'klar;admin;help;group;reset-offsets'= {
        }
        &'klar;admin;help;group;delete'= {
        }
        &'klar;admin;help;group;delete-offsets'= {
        }
        &'klar;admin;help;records'= {
            cand delete 'Delete every record before an offset (DeleteRecords); shows old and new low watermarks'
        }
        &'klar;admin;help;records;delete'= {
        }
        &'klar;admin;help;offsets'= {
        }
        &'klar;admin;help;acl'= {
            cand list 'ACLs matching a filter (DescribeAcls)'
            cand create 'Create one ACL (CreateAcls); pattern defaults to literal, host to *, permission to allow'
            cand delete 'Delete the ACLs matching a filter (DeleteAcls)'
        }
        &'klar;admin;help;acl;list'= {
        }
        &'klar;admin;help;acl;create'= {
        }
        &'klar;admin;help;acl;delete'= {
        }
        &'klar;admin;help;help'= {
        }
        &'klar;mock'= {
            cand --brokers 'Number of brokers in the mock cluster (1 to 100: each takes a thread and sockets, and librdkafka aborts when it runs out)'
            cand --topic 'Create a topic up front, NAME or NAME:PARTITIONS (default 1 partition); repeatable'
            cand --group-initial-rebalance-delay 'How long a new consumer group waits for more members before its first assignment (librdkafka''s mock default is 3s)'
            cand --inject 'Answer the next requests of API with these errors, in order, one a request; repeatable. ERROR is a Kafka error name or number; NAME@DELAY holds that response back (NO_ERROR@5s), NAME*N repeats it; NO_ERROR answers normally and _TRANSPORT drops the connection. `2:Produce=...` only on broker 2'
            cand --rtt 'Delay every response of BROKER (1..N) by DURATION; repeatable'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand --until-signal 'Keep running when stdin closes; stop only on SIGINT/SIGTERM (for `klar mock &`). stdin is then not read, so control lines are off'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;config-explain'= {
            cand -b 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand --brokers 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)'
            cand -F 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand --config-file 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists'
            cand -X 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME'
            cand -d 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --debug 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all'
            cand --timeout 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)'
            cand --role 'Only the properties a producer, a consumer or an admin client reads'
            cand --search 'Only the properties whose name or description contains WORD (case-insensitive)'
            cand -o 'Output format; json carries every field of the catalogue'
            cand --output 'Output format; json carries every field of the catalogue'
            cand -t 'With --lint: also read the configuration against topic TOPIC on the cluster (its partitions, replicas and configs, and a broker''s configs): max.message.bytes, min.insync.replicas, compression.type, session and transaction timeout ranges. Repeatable; connects with the configuration''s brokers, bounded by --timeout'
            cand --topic 'With --lint: also read the configuration against topic TOPIC on the cluster (its partitions, replicas and configs, and a broker''s configs): max.message.bytes, min.insync.replicas, compression.type, session and transaction timeout ranges. Repeatable; connects with the configuration''s brokers, bounded by --timeout'
            cand --import 'Translate a Java client .properties file into librdkafka properties on stdout'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand --set-only 'Only the properties set by klar''s defaults, the file, the environment, flags or -X'
            cand --lint 'Check the configuration (file, environment, -X) and report findings; exit 1 on errors'
            cand --names 'Every property name, one per line (for shell completion)'
            cand --explain 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run'
            cand --explain-only 'Like --explain, then exit 0 without connecting'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;completions'= {
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;man'= {
            cand --dir 'Write klar.1 and a page per subcommand into DIR instead'
            cand --color 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never'
            cand -v 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand --verbose 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug'
            cand -q 'Only errors on stderr: no summary, no progress, no warnings'
            cand --quiet 'Only errors on stderr: no summary, no progress, no warnings'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'klar;help'= {
            cand produce 'Produce messages from stdin, files or JSON lines, with a delivery report per message'
            cand consume 'Consume messages: a group (-G) or assigned partitions (-t), printed as text, -f or -J'
            cand admin 'Cluster administration: metadata, topics, configs, groups with lag, offsets, records, ACLs'
            cand mock 'Run librdkafka''s in-process mock cluster, to try klar with no broker installed'
            cand config-explain 'Every librdkafka property: default, effect, effective value and where it came from; --lint checks a configuration, --import translates a Java client file'
            cand completions 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
            cand man 'Print klar''s man page (roff), or write every page with --dir'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'klar;help;produce'= {
        }
        &'klar;help;consume'= {
        }
        &'klar;help;admin'= {
            cand metadata 'Cluster id, controller, brokers, and topics with partitions, leaders, replicas and ISR'
            cand topic 'List, describe, create and delete topics; add partitions'
            cand config 'Describe configs with their sources; change single entries (IncrementalAlterConfigs)'
            cand group 'Consumer groups: list, describe with lag, reset offsets, delete'
            cand records 'Delete records at the start of partitions'
            cand offsets 'Offsets per partition: earliest, latest, max timestamp, or for a time'
            cand acl 'Access control lists'
        }
        &'klar;help;admin;metadata'= {
        }
        &'klar;help;admin;topic'= {
            cand list 'Topics with partition count and replication factor'
            cand describe 'Partitions with leader, replicas, ISR and low/high watermarks'
            cand create 'Create topics (CreateTopics)'
            cand delete 'Delete topics (DeleteTopics)'
            cand add-partitions 'Raise a topic''s partition count (CreatePartitions)'
        }
        &'klar;help;admin;topic;list'= {
        }
        &'klar;help;admin;topic;describe'= {
        }
        &'klar;help;admin;topic;create'= {
        }
        &'klar;help;admin;topic;delete'= {
        }
        &'klar;help;admin;topic;add-partitions'= {
        }
        &'klar;help;admin;config'= {
            cand describe 'Config entries with value, source, read-only and sensitive flags'
            cand set 'Set entries, key=value; the others keep their values'
            cand delete 'Remove entries, so they fall back to their defaults'
            cand append 'Add values to list entries, key=value'
            cand subtract 'Remove values from list entries, key=value'
        }
        &'klar;help;admin;config;describe'= {
        }
        &'klar;help;admin;config;set'= {
        }
        &'klar;help;admin;config;delete'= {
        }
        &'klar;help;admin;config;append'= {
        }
        &'klar;help;admin;config;subtract'= {
        }
        &'klar;help;admin;group'= {
            cand list 'Consumer groups with state and type'
            cand describe 'State, coordinator, members, committed offsets and lag'
            cand reset-offsets 'Plan (and with --execute, commit) new offsets for a group with no active members'
            cand delete 'Delete groups and their committed offsets (DeleteGroups)'
            cand delete-offsets 'Delete a group''s committed offsets for topics (OffsetDelete)'
        }
        &'klar;help;admin;group;list'= {
        }
        &'klar;help;admin;group;describe'= {
        }
        &'klar;help;admin;group;reset-offsets'= {
        }
        &'klar;help;admin;group;delete'= {
        }
        &'klar;help;admin;group;delete-offsets'= {
        }
        &'klar;help;admin;records'= {
            cand delete 'Delete every record before an offset (DeleteRecords); shows old and new low watermarks'
        }
        &'klar;help;admin;records;delete'= {
        }
        &'klar;help;admin;offsets'= {
        }
        &'klar;help;admin;acl'= {
            cand list 'ACLs matching a filter (DescribeAcls)'
            cand create 'Create one ACL (CreateAcls); pattern defaults to literal, host to *, permission to allow'
            cand delete 'Delete the ACLs matching a filter (DeleteAcls)'
        }
        &'klar;help;admin;acl;list'= {
        }
        &'klar;help;admin;acl;create'= {
        }
        &'klar;help;admin;acl;delete'= {
        }
        &'klar;help;mock'= {
        }
        &'klar;help;config-explain'= {
        }
        &'klar;help;completions'= {
        }
        &'klar;help;man'= {
        }
        &'klar;help;help'= {
        }
    ]
    $completions[$command]
}

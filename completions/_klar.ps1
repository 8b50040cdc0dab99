
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'klar' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'klar'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'klar' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('produce', 'produce', [CompletionResultType]::ParameterValue, 'Produce messages from stdin, files or JSON lines, with a delivery report per message')
            [CompletionResult]::new('consume', 'consume', [CompletionResultType]::ParameterValue, 'Consume messages: a group (-G) or assigned partitions (-t), printed as text, -f or -J')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'Cluster administration: metadata, topics, configs, groups with lag, offsets, records, ACLs')
            [CompletionResult]::new('mock', 'mock', [CompletionResultType]::ParameterValue, 'Run librdkafka''s in-process mock cluster, to try klar with no broker installed')
            [CompletionResult]::new('config-explain', 'config-explain', [CompletionResultType]::ParameterValue, 'Every librdkafka property: default, effect, effective value and where it came from; --lint checks a configuration, --import translates a Java client file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print klar''s man page (roff), or write every page with --dir')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'klar;produce' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Topic to produce to')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Topic to produce to')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Partition for every message (default, or -1 as in kcat: librdkafka''s partitioner)')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Partition for every message (default, or -1 as in kcat: librdkafka''s partitioner)')
            [CompletionResult]::new('-D', '-D ', [CompletionResultType]::ParameterName, 'Message delimiter; escapes \n \t \r \xNN; multi-byte allowed')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Message delimiter; escapes \n \t \r \xNN; multi-byte allowed')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Split each message at the first DELIM into key and value')
            [CompletionResult]::new('--key-delimiter', '--key-delimiter', [CompletionResultType]::ParameterName, 'Split each message at the first DELIM into key and value')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'The same key for every message; with -K, for each line without the key delimiter (as in kcat)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The same key for every message; with -K, for each line without the key delimiter (as in kcat)')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Header for every message, NAME=VALUE (NAME alone: a null value); repeatable')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Header for every message, NAME=VALUE (NAME alone: a null value); repeatable')
            [CompletionResult]::new('-z', '-z', [CompletionResultType]::ParameterName, 'Compression codec (sets compression.codec)')
            [CompletionResult]::new('--compression', '--compression', [CompletionResultType]::ParameterName, 'Compression codec (sets compression.codec)')
            [CompletionResult]::new('--acks', '--acks', [CompletionResultType]::ParameterName, 'Acknowledgements to wait for (sets acks)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Stop after N messages (at least 1; without -c, no limit)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after N messages (at least 1; without -c, no limit)')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Read messages from FILE split by the delimiter, instead of stdin')
            [CompletionResult]::new('--line-file', '--line-file', [CompletionResultType]::ParameterName, 'Read messages from FILE split by the delimiter, instead of stdin')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'At most N messages per second')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Input format')
            [CompletionResult]::new('--key-encoding', '--key-encoding', [CompletionResultType]::ParameterName, 'How key strings in --input json are encoded')
            [CompletionResult]::new('--value-encoding', '--value-encoding', [CompletionResultType]::ParameterName, 'How payload strings in --input json are encoded')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Delivery report per message, on stdout (also -o/--output, as on every command)')
            [CompletionResult]::new('--report', '--report', [CompletionResultType]::ParameterName, 'Delivery report per message, on stdout (also -o/--output, as on every command)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Delivery report per message, on stdout (also -o/--output, as on every command)')
            [CompletionResult]::new('--summary', '--summary', [CompletionResultType]::ParameterName, 'The summary at the end, on stderr: a line of text, or one JSON object (counts, seconds, the transaction''s outcome) that is printed even with -q')
            [CompletionResult]::new('--flush-timeout', '--flush-timeout', [CompletionResultType]::ParameterName, 'How long to wait for outstanding deliveries at the end (default: message.timeout.ms plus reconnect.backoff.max.ms plus 2s, so that librdkafka reports each expired message as _MSG_TIMED_OUT itself)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('--idempotence', '--idempotence', [CompletionResultType]::ParameterName, 'Exactly-once delivery per partition (sets enable.idempotence=true)')
            [CompletionResult]::new('-Z', '-Z ', [CompletionResultType]::ParameterName, 'An empty value is sent as null (a tombstone); an empty key as no key')
            [CompletionResult]::new('--null-empty', '--null-empty', [CompletionResultType]::ParameterName, 'An empty value is sent as null (a tombstone); an empty key as no key')
            [CompletionResult]::new('-T', '-T ', [CompletionResultType]::ParameterName, 'Also write every message sent to stdout, like tee (turns the report off unless --report is given)')
            [CompletionResult]::new('--tee', '--tee', [CompletionResultType]::ParameterName, 'Also write every message sent to stdout, like tee (turns the report off unless --report is given)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;consume' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Topic to read by assigning its partitions directly (no group)')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Topic to read by assigning its partitions directly (no group)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Partitions to read with -t (repeatable; default: all)')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Partitions to read with -t (repeatable; default: all)')
            [CompletionResult]::new('-G', '-G ', [CompletionResultType]::ParameterName, 'Consumer group to join; the topics are the positional arguments')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Consumer group to join; the topics are the positional arguments')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Where to start, and optionally stop (repeatable): beginning | end | stored | N | -N (N before the end) | +N (N after the beginning) | @MS | @RFC3339 | @-DURATION (that long ago); START:END stops before END (an offset, @time or `end` as of start-up); kcat''s s@MS and e@MS set the start or the end alone; P=SPEC for partition P only (with -t and only P=SPECs, only those partitions are read). Default with -t: beginning. With -G, beginning and end apply to partitions with no committed offset (default: auto.offset.reset); any other form is applied the first time a partition is assigned, overriding the committed offset')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Where to start, and optionally stop (repeatable): beginning | end | stored | N | -N (N before the end) | +N (N after the beginning) | @MS | @RFC3339 | @-DURATION (that long ago); START:END stops before END (an offset, @time or `end` as of start-up); kcat''s s@MS and e@MS set the start or the end alone; P=SPEC for partition P only (with -t and only P=SPECs, only those partitions are read). Default with -t: beginning. With -G, beginning and end apply to partitions with no committed offset (default: auto.offset.reset); any other form is applied the first time a partition is assigned, overriding the committed offset')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Exit after N messages (at least 1; without -c, no limit)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Exit after N messages (at least 1; without -c, no limit)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format with kcat''s tokens: %s value, %S value length, %R value length (32-bit big-endian), %k key, %K key length, %t topic, %p partition, %o offset, %T timestamp (ms), %h headers, %% a percent sign; and klar''s: %d timestamp as RFC 3339 UTC (%d{STRFTIME}), %y timestamp type, %b broker, %l leader epoch, %e headers as JSON, %L messages behind the high watermark, %s{hex} %s{base64} %k{hex} %k{base64}; escapes \n \t \r \xNN')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format with kcat''s tokens: %s value, %S value length, %R value length (32-bit big-endian), %k key, %K key length, %t topic, %p partition, %o offset, %T timestamp (ms), %h headers, %% a percent sign; and klar''s: %d timestamp as RFC 3339 UTC (%d{STRFTIME}), %y timestamp type, %b broker, %l leader epoch, %e headers as JSON, %L messages behind the high watermark, %s{hex} %s{base64} %k{hex} %k{base64}; escapes \n \t \r \xNN')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text, or json (the same as -J). `-o` is the offset, as in kcat')
            [CompletionResult]::new('-D', '-D ', [CompletionResultType]::ParameterName, 'Delimiter after each message, plain or -J (default \n; -f ends messages itself)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Delimiter after each message, plain or -J (default \n; -f ends messages itself)')
            [CompletionResult]::new('-K', '-K ', [CompletionResultType]::ParameterName, 'Print the key and this delimiter before each value (plain output; -J has a key field, -f has %k)')
            [CompletionResult]::new('--key-delimiter', '--key-delimiter', [CompletionResultType]::ParameterName, 'Print the key and this delimiter before each value (plain output; -J has a key field, -f has %k)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Deserialize keys or values: key=TYPE, value=TYPE, or TYPE for both. TYPE: string (default), bytes|hex, base64, int, long, float, double (big-endian, as Confluent''s serializers write them), json, or a kcat pack string (e.g. ''>ihs'')')
            [CompletionResult]::new('--deserialize', '--deserialize', [CompletionResultType]::ParameterName, 'Deserialize keys or values: key=TYPE, value=TYPE, or TYPE for both. TYPE: string (default), bytes|hex, base64, int, long, float, double (big-endian, as Confluent''s serializers write them), json, or a kcat pack string (e.g. ''>ihs'')')
            [CompletionResult]::new('--grep-key', '--grep-key', [CompletionResultType]::ParameterName, 'Only messages whose key matches REGEX (client side)')
            [CompletionResult]::new('--grep-value', '--grep-value', [CompletionResultType]::ParameterName, 'Only messages whose value matches REGEX (client side)')
            [CompletionResult]::new('--grep-header', '--grep-header', [CompletionResultType]::ParameterName, 'Only messages with a header NAME whose value matches REGEX; repeatable (all must match)')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'When offsets are committed. Default: auto with -G, none with -t')
            [CompletionResult]::new('--commit-every', '--commit-every', [CompletionResultType]::ParameterName, 'With --commit after-write: commit after every N messages written')
            [CompletionResult]::new('--commit-interval', '--commit-interval', [CompletionResultType]::ParameterName, 'With --commit after-write: commit at this interval (default 1s unless --commit-every)')
            [CompletionResult]::new('--isolation', '--isolation', [CompletionResultType]::ParameterName, 'Sets isolation.level: read_committed skips aborted and open transactions')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Exit when every assigned partition has reached its end')
            [CompletionResult]::new('--exit', '--exit', [CompletionResultType]::ParameterName, 'Exit when every assigned partition has reached its end')
            [CompletionResult]::new('-J', '-J ', [CompletionResultType]::ParameterName, 'JSON Lines in kcat -J''s envelope (topic, partition, offset, tstype, ts, broker, headers, key, payload); bytes that are not UTF-8 are base64 with key_encoding / payload_encoding')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'JSON Lines in kcat -J''s envelope (topic, partition, offset, tstype, ts, broker, headers, key, payload); bytes that are not UTF-8 are base64 with key_encoding / payload_encoding')
            [CompletionResult]::new('-Z', '-Z ', [CompletionResultType]::ParameterName, 'Print NULL for null keys and values')
            [CompletionResult]::new('--null-marker', '--null-marker', [CompletionResultType]::ParameterName, 'Print NULL for null keys and values')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Flush stdout after every message')
            [CompletionResult]::new('--unbuffered', '--unbuffered', [CompletionResultType]::ParameterName, 'Flush stdout after every message')
            [CompletionResult]::new('--pretty', '--pretty', [CompletionResultType]::ParameterName, 'Indent JSON: the -J envelope and values read with -s json (nothing else)')
            [CompletionResult]::new('--print-headers', '--print-headers', [CompletionResultType]::ParameterName, 'Print headers (name:value,...) and a tab before each message (plain output)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;admin' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('metadata', 'metadata', [CompletionResultType]::ParameterValue, 'Cluster id, controller, brokers, and topics with partitions, leaders, replicas and ISR')
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Cluster id, controller, brokers, and topics with partitions, leaders, replicas and ISR')
            [CompletionResult]::new('topic', 'topic', [CompletionResultType]::ParameterValue, 'List, describe, create and delete topics; add partitions')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Describe configs with their sources; change single entries (IncrementalAlterConfigs)')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Consumer groups: list, describe with lag, reset offsets, delete')
            [CompletionResult]::new('records', 'records', [CompletionResultType]::ParameterValue, 'Delete records at the start of partitions')
            [CompletionResult]::new('offsets', 'offsets', [CompletionResultType]::ParameterValue, 'Offsets per partition: earliest, latest, max timestamp, or for a time')
            [CompletionResult]::new('acl', 'acl', [CompletionResultType]::ParameterValue, 'Access control lists')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'klar;admin;metadata' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Only this topic (repeatable)')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Only this topic (repeatable)')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--under-replicated', '--under-replicated', [CompletionResultType]::ParameterName, 'Only partitions whose ISR is smaller than their replica set')
            [CompletionResult]::new('--unavailable', '--unavailable', [CompletionResultType]::ParameterName, 'Only partitions with no live leader')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;admin;cluster' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Only this topic (repeatable)')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Only this topic (repeatable)')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--under-replicated', '--under-replicated', [CompletionResultType]::ParameterName, 'Only partitions whose ISR is smaller than their replica set')
            [CompletionResult]::new('--unavailable', '--unavailable', [CompletionResultType]::ParameterName, 'Only partitions with no live leader')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;admin;topic' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Topics with partition count and replication factor')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Topics with partition count and replication factor')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Partitions with leader, replicas, ISR and low/high watermarks')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create topics (CreateTopics)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete topics (DeleteTopics)')
            [CompletionResult]::new('add-partitions', 'add-partitions', [CompletionResultType]::ParameterValue, 'Raise a topic''s partition count (CreatePartitions)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'klar;admin;topic;list' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'Include internal topics (__consumer_offsets, ...)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;admin;topic;ls' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'Include internal topics (__consumer_offsets, ...)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;admin;topic;describe' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;admin;topic;create' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Partitions (default: the broker''s num.partitions)')
            [CompletionResult]::new('--partitions', '--partitions', [CompletionResultType]::ParameterName, 'Partitions (default: the broker''s num.partitions)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Replication factor (default: the broker''s default.replication.factor)')
            [CompletionResult]::new('--replication-factor', '--replication-factor', [CompletionResultType]::ParameterName, 'Replication factor (default: the broker''s default.replication.factor)')
            [CompletionResult]::new('--replica-assignment', '--replica-assignment', [CompletionResultType]::ParameterName, 'Replicas per partition, as kafka-topics takes them: 1:2,2:3 is partition 0 on brokers 1 and 2, partition 1 on brokers 2 and 3')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'A topic config, key=value (repeatable)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'A topic config, key=value (repeatable)')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Ask the broker to validate only (validate_only); nothing is created')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;admin;topic;delete' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;admin;topic;add-partitions' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'The new total number of partitions')
            [CompletionResult]::new('--partitions', '--partitions', [CompletionResultType]::ParameterName, 'The new total number of partitions')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Ask the broker to validate only; nothing changes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;admin;topic;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Topics with partition count and replication factor')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Partitions with leader, replicas, ISR and low/high watermarks')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create topics (CreateTopics)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete topics (DeleteTopics)')
            [CompletionResult]::new('add-partitions', 'add-partitions', [CompletionResultType]::ParameterValue, 'Raise a topic''s partition count (CreatePartitions)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'klar;admin;topic;help;list' {
            break
        }
        'klar;admin;topic;help;describe' {
            break
        }
        'klar;admin;topic;help;create' {
            break
        }
        'klar;admin;topic;help;delete' {
            break
        }
        'klar;admin;topic;help;add-partitions' {
            break
        }
        'klar;admin;topic;help;help' {
            break
        }
        'klar;admin;config' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Config entries with value, source, read-only and sensitive flags')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set entries, key=value; the others keep their values')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove entries, so they fall back to their defaults')
            [CompletionResult]::new('append', 'append', [CompletionResultType]::ParameterValue, 'Add values to list entries, key=value')
            [CompletionResult]::new('subtract', 'subtract', [CompletionResultType]::ParameterValue, 'Remove values from list entries, key=value')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'klar;admin;config;describe' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every entry, defaults included, with its synonyms and their sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;admin;config;set' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Ask the broker to validate only; nothing changes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;admin;config;delete' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Ask the broker to validate only; nothing changes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;admin;config;append' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Ask the broker to validate only; nothing changes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;admin;config;subtract' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Ask the broker to validate only; nothing changes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;admin;config;help' {
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Config entries with value, source, read-only and sensitive flags')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set entries, key=value; the others keep their values')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove entries, so they fall back to their defaults')
            [CompletionResult]::new('append', 'append', [CompletionResultType]::ParameterValue, 'Add values to list entries, key=value')
            [CompletionResult]::new('subtract', 'subtract', [CompletionResultType]::ParameterValue, 'Remove values from list entries, key=value')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'klar;admin;config;help;describe' {
            break
        }
        'klar;admin;config;help;set' {
            break
        }
        'klar;admin;config;help;delete' {
            break
        }
        'klar;admin;config;help;append' {
            break
        }
        'klar;admin;config;help;subtract' {
            break
        }
        'klar;admin;config;help;help' {
            break
        }
        'klar;admin;group' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Consumer groups with state and type')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Consumer groups with state and type')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'State, coordinator, members, committed offsets and lag')
            [CompletionResult]::new('reset-offsets', 'reset-offsets', [CompletionResultType]::ParameterValue, 'Plan (and with --execute, commit) new offsets for a group with no active members')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete groups and their committed offsets (DeleteGroups)')
            [CompletionResult]::new('delete-offsets', 'delete-offsets', [CompletionResultType]::ParameterValue, 'Delete a group''s committed offsets for topics (OffsetDelete)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'klar;admin;group;list' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only groups in this state (repeatable)')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;admin;group;ls' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only groups in this state (repeatable)')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;admin;group;describe' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Only these topics, TOPIC or TOPIC:P,... (repeatable); asks for their partitions by name, which also works where a group''s offsets cannot be listed as a whole (librdkafka''s mock cluster)')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--lagging', '--lagging', [CompletionResultType]::ParameterName, 'Only partitions with lag above 0')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Only the summary: state, members and total lag per topic')
            [CompletionResult]::new('--summary', '--summary', [CompletionResultType]::ParameterName, 'Only the summary: state, members and total lag per topic')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;admin;group;reset-offsets' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'TOPIC or TOPIC:P,P,... (repeatable)')
            [CompletionResult]::new('--to-offset', '--to-offset', [CompletionResultType]::ParameterName, 'This offset in every partition named (clamped to the watermarks)')
            [CompletionResult]::new('--to-datetime', '--to-datetime', [CompletionResultType]::ParameterName, 'The first offset at or after this time (RFC 3339, e.g. 2024-05-01T12:00:00Z)')
            [CompletionResult]::new('--by-duration', '--by-duration', [CompletionResultType]::ParameterName, 'The first offset at or after now minus DURATION (e.g. 1h, 30m; -1h means the same)')
            [CompletionResult]::new('--shift-by', '--shift-by', [CompletionResultType]::ParameterName, 'The committed offset plus N (negative moves back)')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Offsets from a CSV file of topic,partition,offset lines (what --export writes); the file names the partitions, so --topic and --all-topics do not go with it')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--all-topics', '--all-topics', [CompletionResultType]::ParameterName, 'Every topic the group has committed offsets for')
            [CompletionResult]::new('--to-earliest', '--to-earliest', [CompletionResultType]::ParameterName, 'Each partition''s low watermark (its first offset)')
            [CompletionResult]::new('--to-latest', '--to-latest', [CompletionResultType]::ParameterName, 'Each partition''s high watermark (its end: nothing left to read)')
            [CompletionResult]::new('--execute', '--execute', [CompletionResultType]::ParameterName, 'Commit the plan. Without it nothing changes')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Print the plan as CSV (topic,partition,offset) instead of a table')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;admin;group;delete' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;admin;group;delete-offsets' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'TOPIC or TOPIC:P,P,... (repeatable)')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;admin;group;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Consumer groups with state and type')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'State, coordinator, members, committed offsets and lag')
            [CompletionResult]::new('reset-offsets', 'reset-offsets', [CompletionResultType]::ParameterValue, 'Plan (and with --execute, commit) new offsets for a group with no active members')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete groups and their committed offsets (DeleteGroups)')
            [CompletionResult]::new('delete-offsets', 'delete-offsets', [CompletionResultType]::ParameterValue, 'Delete a group''s committed offsets for topics (OffsetDelete)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'klar;admin;group;help;list' {
            break
        }
        'klar;admin;group;help;describe' {
            break
        }
        'klar;admin;group;help;reset-offsets' {
            break
        }
        'klar;admin;group;help;delete' {
            break
        }
        'klar;admin;group;help;delete-offsets' {
            break
        }
        'klar;admin;group;help;help' {
            break
        }
        'klar;admin;records' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete every record before an offset (DeleteRecords); shows old and new low watermarks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'klar;admin;records;delete' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The topic to delete records from')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'The topic to delete records from')
            [CompletionResult]::new('--before', '--before', [CompletionResultType]::ParameterName, 'An offset, @TIME (RFC 3339, ms, or -1h relative), or end (everything)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only this partition (repeatable; default all)')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Only this partition (repeatable; default all)')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask; required when stdin is not a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask; required when stdin is not a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;admin;records;help' {
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete every record before an offset (DeleteRecords); shows old and new low watermarks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'klar;admin;records;help;delete' {
            break
        }
        'klar;admin;records;help;help' {
            break
        }
        'klar;admin;offsets' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'TOPIC or TOPIC:P,P,... (repeatable)')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'TOPIC or TOPIC:P,P,... (repeatable)')
            [CompletionResult]::new('--time', '--time', [CompletionResultType]::ParameterName, 'earliest (or -2), latest (-1), max-timestamp (-3), a time in ms, RFC 3339, or relative (-1h)')
            [CompletionResult]::new('--isolation', '--isolation', [CompletionResultType]::ParameterName, 'Sets isolation.level: read_committed answers latest with the last stable offset, before any open transaction')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;admin;acl' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'ACLs matching a filter (DescribeAcls)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'ACLs matching a filter (DescribeAcls)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create one ACL (CreateAcls); pattern defaults to literal, host to *, permission to allow')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the ACLs matching a filter (DeleteAcls)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'klar;admin;acl;list' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('--resource-type', '--resource-type', [CompletionResultType]::ParameterName, 'The kind of resource; list and delete take any')
            [CompletionResult]::new('--resource-name', '--resource-name', [CompletionResultType]::ParameterName, 'The resource''s name (kafka-cluster for the cluster)')
            [CompletionResult]::new('--pattern', '--pattern', [CompletionResultType]::ParameterName, 'How the name matches: literal, prefixed; list and delete also take any and match (every pattern that would apply to the name)')
            [CompletionResult]::new('--resource-pattern-type', '--resource-pattern-type', [CompletionResultType]::ParameterName, 'How the name matches: literal, prefixed; list and delete also take any and match (every pattern that would apply to the name)')
            [CompletionResult]::new('--principal', '--principal', [CompletionResultType]::ParameterName, 'e.g. User:alice')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The client host the ACL applies to; * for every host')
            [CompletionResult]::new('--operation', '--operation', [CompletionResultType]::ParameterName, 'The operation allowed or denied')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'allow or deny; list and delete also take any')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;admin;acl;ls' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('--resource-type', '--resource-type', [CompletionResultType]::ParameterName, 'The kind of resource; list and delete take any')
            [CompletionResult]::new('--resource-name', '--resource-name', [CompletionResultType]::ParameterName, 'The resource''s name (kafka-cluster for the cluster)')
            [CompletionResult]::new('--pattern', '--pattern', [CompletionResultType]::ParameterName, 'How the name matches: literal, prefixed; list and delete also take any and match (every pattern that would apply to the name)')
            [CompletionResult]::new('--resource-pattern-type', '--resource-pattern-type', [CompletionResultType]::ParameterName, 'How the name matches: literal, prefixed; list and delete also take any and match (every pattern that would apply to the name)')
            [CompletionResult]::new('--principal', '--principal', [CompletionResultType]::ParameterName, 'e.g. User:alice')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The client host the ACL applies to; * for every host')
            [CompletionResult]::new('--operation', '--operation', [CompletionResultType]::ParameterName, 'The operation allowed or denied')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'allow or deny; list and delete also take any')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;admin;acl;create' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('--resource-type', '--resource-type', [CompletionResultType]::ParameterName, 'The kind of resource; list and delete take any')
            [CompletionResult]::new('--resource-name', '--resource-name', [CompletionResultType]::ParameterName, 'The resource''s name (kafka-cluster for the cluster)')
            [CompletionResult]::new('--pattern', '--pattern', [CompletionResultType]::ParameterName, 'How the name matches: literal, prefixed; list and delete also take any and match (every pattern that would apply to the name)')
            [CompletionResult]::new('--resource-pattern-type', '--resource-pattern-type', [CompletionResultType]::ParameterName, 'How the name matches: literal, prefixed; list and delete also take any and match (every pattern that would apply to the name)')
            [CompletionResult]::new('--principal', '--principal', [CompletionResultType]::ParameterName, 'e.g. User:alice')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The client host the ACL applies to; * for every host')
            [CompletionResult]::new('--operation', '--operation', [CompletionResultType]::ParameterName, 'The operation allowed or denied')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'allow or deny; list and delete also take any')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;admin;acl;delete' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: tables for people (tab-separated into a pipe), or one JSON document')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('--resource-type', '--resource-type', [CompletionResultType]::ParameterName, 'The kind of resource; list and delete take any')
            [CompletionResult]::new('--resource-name', '--resource-name', [CompletionResultType]::ParameterName, 'The resource''s name (kafka-cluster for the cluster)')
            [CompletionResult]::new('--pattern', '--pattern', [CompletionResultType]::ParameterName, 'How the name matches: literal, prefixed; list and delete also take any and match (every pattern that would apply to the name)')
            [CompletionResult]::new('--resource-pattern-type', '--resource-pattern-type', [CompletionResultType]::ParameterName, 'How the name matches: literal, prefixed; list and delete also take any and match (every pattern that would apply to the name)')
            [CompletionResult]::new('--principal', '--principal', [CompletionResultType]::ParameterName, 'e.g. User:alice')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The client host the ACL applies to; * for every host')
            [CompletionResult]::new('--operation', '--operation', [CompletionResultType]::ParameterName, 'The operation allowed or denied')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'allow or deny; list and delete also take any')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;admin;acl;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'ACLs matching a filter (DescribeAcls)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create one ACL (CreateAcls); pattern defaults to literal, host to *, permission to allow')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the ACLs matching a filter (DeleteAcls)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'klar;admin;acl;help;list' {
            break
        }
        'klar;admin;acl;help;create' {
            break
        }
        'klar;admin;acl;help;delete' {
            break
        }
        'klar;admin;acl;help;help' {
            break
        }
        'klar;admin;help' {
            [CompletionResult]::new('metadata', 'metadata', [CompletionResultType]::ParameterValue, 'Cluster id, controller, brokers, and topics with partitions, leaders, replicas and ISR')
            [CompletionResult]::new('topic', 'topic', [CompletionResultType]::ParameterValue, 'List, describe, create and delete topics; add partitions')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Describe configs with their sources; change single entries (IncrementalAlterConfigs)')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Consumer groups: list, describe with lag, reset offsets, delete')
            [CompletionResult]::new('records', 'records', [CompletionResultType]::ParameterValue, 'Delete records at the start of partitions')
            [CompletionResult]::new('offsets', 'offsets', [CompletionResultType]::ParameterValue, 'Offsets per partition: earliest, latest, max timestamp, or for a time')
            [CompletionResult]::new('acl', 'acl', [CompletionResultType]::ParameterValue, 'Access control lists')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'klar;admin;help;metadata' {
            break
        }
        'klar;admin;help;topic' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Topics with partition count and replication factor')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Partitions with leader, replicas, ISR and low/high watermarks')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create topics (CreateTopics)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete topics (DeleteTopics)')
            [CompletionResult]::new('add-partitions', 'add-partitions', [CompletionResultType]::ParameterValue, 'Raise a topic''s partition count (CreatePartitions)')
            break
        }
        'klar;admin;help;topic;list' {
            break
        }
        'klar;admin;help;topic;describe' {
            break
        }
        'klar;admin;help;topic;create' {
            break
        }
        'klar;admin;help;topic;delete' {
            break
        }
        'klar;admin;help;topic;add-partitions' {
            break
        }
        'klar;admin;help;config' {
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Config entries with value, source, read-only and sensitive flags')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set entries, key=value; the others keep their values')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove entries, so they fall back to their defaults')
            [CompletionResult]::new('append', 'append', [CompletionResultType]::ParameterValue, 'Add values to list entries, key=value')
            [CompletionResult]::new('subtract', 'subtract', [CompletionResultType]::ParameterValue, 'Remove values from list entries, key=value')
            break
        }
        'klar;admin;help;config;describe' {
            break
        }
        'klar;admin;help;config;set' {
            break
        }
        'klar;admin;help;config;delete' {
            break
        }
        'klar;admin;help;config;append' {
            break
        }
        'klar;admin;help;config;subtract' {
            break
        }
        'klar;admin;help;group' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Consumer groups with state and type')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'State, coordinator, members, committed offsets and lag')
            [CompletionResult]::new('reset-offsets', 'reset-offsets', [CompletionResultType]::ParameterValue, 'Plan (and with --execute, commit) new offsets for a group with no active members')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete groups and their committed offsets (DeleteGroups)')
            [CompletionResult]::new('delete-offsets', 'delete-offsets', [CompletionResultType]::ParameterValue, 'Delete a group''s committed offsets for topics (OffsetDelete)')
            break
        }
        'klar;admin;help;group;list' {
            break
        }
        'klar;admin;help;group;describe' {
            break
        }
        'klar;admin;help;group;reset-offsets' {
            break
        }
        'klar;admin;help;group;delete' {
            break
        }
        'klar;admin;help;group;delete-offsets' {
            break
        }
        'klar;admin;help;records' {
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete every record before an offset (DeleteRecords); shows old and new low watermarks')
            break
        }
        'klar;admin;help;records;delete' {
            break
        }
        'klar;admin;help;offsets' {
            break
        }
        'klar;admin;help;acl' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'ACLs matching a filter (DescribeAcls)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create one ACL (CreateAcls); pattern defaults to literal, host to *, permission to allow')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the ACLs matching a filter (DeleteAcls)')
            break
        }
        'klar;admin;help;acl;list' {
            break
        }
        'klar;admin;help;acl;create' {
            break
        }
        'klar;admin;help;acl;delete' {
            break
        }
        'klar;admin;help;help' {
            break
        }
        'klar;mock' {
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Number of brokers in the mock cluster (1 to 100: each takes a thread and sockets, and librdkafka aborts when it runs out)')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Create a topic up front, NAME or NAME:PARTITIONS (default 1 partition); repeatable')
            [CompletionResult]::new('--group-initial-rebalance-delay', '--group-initial-rebalance-delay', [CompletionResultType]::ParameterName, 'How long a new consumer group waits for more members before its first assignment (librdkafka''s mock default is 3s)')
            [CompletionResult]::new('--inject', '--inject', [CompletionResultType]::ParameterName, 'Answer the next requests of API with these errors, in order, one a request; repeatable. ERROR is a Kafka error name or number; NAME@DELAY holds that response back (NO_ERROR@5s), NAME*N repeats it; NO_ERROR answers normally and _TRANSPORT drops the connection. `2:Produce=...` only on broker 2')
            [CompletionResult]::new('--rtt', '--rtt', [CompletionResultType]::ParameterName, 'Delay every response of BROKER (1..N) by DURATION; repeatable')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('--until-signal', '--until-signal', [CompletionResultType]::ParameterName, 'Keep running when stdin closes; stop only on SIGINT/SIGTERM (for `klar mock &`). stdin is then not read, so control lines are off')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;config-explain' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, host:port[,host:port...] (env KLAR_BROKERS)')
            [CompletionResult]::new('-F', '-F ', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('--config-file', '--config-file', [CompletionResultType]::ParameterName, 'Properties file (Java .properties syntax); default $KLAR_CONFIG, then ~/.config/klar/klar.properties when it exists')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Set a librdkafka property; repeatable. `topic.NAME=V` sets topic property NAME')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'librdkafka debug contexts, comma-separated; implies librdkafka debug logs. By symptom: broker,security (cannot connect, TLS, SASL), broker,topic,msg (records slow or not delivered), consumer,cgrp,topic,fetch (a consumer that reads nothing), cgrp,assignor (rebalances), eos (idempotence, transactions), metadata (leaders, missing topics), all')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for metadata, admin answers and other cluster round trips (for consume, also its last commit and close)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only the properties a producer, a consumer or an admin client reads')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only the properties whose name or description contains WORD (case-insensitive)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; json carries every field of the catalogue')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; json carries every field of the catalogue')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'With --lint: also read the configuration against topic TOPIC on the cluster (its partitions, replicas and configs, and a broker''s configs): max.message.bytes, min.insync.replicas, compression.type, session and transaction timeout ranges. Repeatable; connects with the configuration''s brokers, bounded by --timeout')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'With --lint: also read the configuration against topic TOPIC on the cluster (its partitions, replicas and configs, and a broker''s configs): max.message.bytes, min.insync.replicas, compression.type, session and transaction timeout ranges. Repeatable; connects with the configuration''s brokers, bounded by --timeout')
            [CompletionResult]::new('--import', '--import', [CompletionResultType]::ParameterName, 'Translate a Java client .properties file into librdkafka properties on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('--set-only', '--set-only', [CompletionResultType]::ParameterName, 'Only the properties set by klar''s defaults, the file, the environment, flags or -X')
            [CompletionResult]::new('--lint', '--lint', [CompletionResultType]::ParameterName, 'Check the configuration (file, environment, -X) and report findings; exit 1 on errors')
            [CompletionResult]::new('--names', '--names', [CompletionResultType]::ParameterName, 'Every property name, one per line (for shell completion)')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the resolved configuration (every value you set and every value librdkafka changes, with its source) and klar''s own decisions on stderr, then run')
            [CompletionResult]::new('--explain-only', '--explain-only', [CompletionResultType]::ParameterName, 'Like --explain, then exit 0 without connecting')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;completions' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;man' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write klar.1 and a page per subcommand into DIR instead')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour of the warning, info and debug lines on stderr: auto (only on a terminal, and never with NO_COLOR set), always, never')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr: -v info (and librdkafka''s info logs), -vv debug')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr: no summary, no progress, no warnings')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'klar;help' {
            [CompletionResult]::new('produce', 'produce', [CompletionResultType]::ParameterValue, 'Produce messages from stdin, files or JSON lines, with a delivery report per message')
            [CompletionResult]::new('consume', 'consume', [CompletionResultType]::ParameterValue, 'Consume messages: a group (-G) or assigned partitions (-t), printed as text, -f or -J')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'Cluster administration: metadata, topics, configs, groups with lag, offsets, records, ACLs')
            [CompletionResult]::new('mock', 'mock', [CompletionResultType]::ParameterValue, 'Run librdkafka''s in-process mock cluster, to try klar with no broker installed')
            [CompletionResult]::new('config-explain', 'config-explain', [CompletionResultType]::ParameterValue, 'Every librdkafka property: default, effect, effective value and where it came from; --lint checks a configuration, --import translates a Java client file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print klar''s man page (roff), or write every page with --dir')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'klar;help;produce' {
            break
        }
        'klar;help;consume' {
            break
        }
        'klar;help;admin' {
            [CompletionResult]::new('metadata', 'metadata', [CompletionResultType]::ParameterValue, 'Cluster id, controller, brokers, and topics with partitions, leaders, replicas and ISR')
            [CompletionResult]::new('topic', 'topic', [CompletionResultType]::ParameterValue, 'List, describe, create and delete topics; add partitions')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Describe configs with their sources; change single entries (IncrementalAlterConfigs)')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Consumer groups: list, describe with lag, reset offsets, delete')
            [CompletionResult]::new('records', 'records', [CompletionResultType]::ParameterValue, 'Delete records at the start of partitions')
            [CompletionResult]::new('offsets', 'offsets', [CompletionResultType]::ParameterValue, 'Offsets per partition: earliest, latest, max timestamp, or for a time')
            [CompletionResult]::new('acl', 'acl', [CompletionResultType]::ParameterValue, 'Access control lists')
            break
        }
        'klar;help;admin;metadata' {
            break
        }
        'klar;help;admin;topic' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Topics with partition count and replication factor')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Partitions with leader, replicas, ISR and low/high watermarks')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create topics (CreateTopics)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete topics (DeleteTopics)')
            [CompletionResult]::new('add-partitions', 'add-partitions', [CompletionResultType]::ParameterValue, 'Raise a topic''s partition count (CreatePartitions)')
            break
        }
        'klar;help;admin;topic;list' {
            break
        }
        'klar;help;admin;topic;describe' {
            break
        }
        'klar;help;admin;topic;create' {
            break
        }
        'klar;help;admin;topic;delete' {
            break
        }
        'klar;help;admin;topic;add-partitions' {
            break
        }
        'klar;help;admin;config' {
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Config entries with value, source, read-only and sensitive flags')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set entries, key=value; the others keep their values')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove entries, so they fall back to their defaults')
            [CompletionResult]::new('append', 'append', [CompletionResultType]::ParameterValue, 'Add values to list entries, key=value')
            [CompletionResult]::new('subtract', 'subtract', [CompletionResultType]::ParameterValue, 'Remove values from list entries, key=value')
            break
        }
        'klar;help;admin;config;describe' {
            break
        }
        'klar;help;admin;config;set' {
            break
        }
        'klar;help;admin;config;delete' {
            break
        }
        'klar;help;admin;config;append' {
            break
        }
        'klar;help;admin;config;subtract' {
            break
        }
        'klar;help;admin;group' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Consumer groups with state and type')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'State, coordinator, members, committed offsets and lag')
            [CompletionResult]::new('reset-offsets', 'reset-offsets', [CompletionResultType]::ParameterValue, 'Plan (and with --execute, commit) new offsets for a group with no active members')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete groups and their committed offsets (DeleteGroups)')
            [CompletionResult]::new('delete-offsets', 'delete-offsets', [CompletionResultType]::ParameterValue, 'Delete a group''s committed offsets for topics (OffsetDelete)')
            break
        }
        'klar;help;admin;group;list' {
            break
        }
        'klar;help;admin;group;describe' {
            break
        }
        'klar;help;admin;group;reset-offsets' {
            break
        }
        'klar;help;admin;group;delete' {
            break
        }
        'klar;help;admin;group;delete-offsets' {
            break
        }
        'klar;help;admin;records' {
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete every record before an offset (DeleteRecords); shows old and new low watermarks')
            break
        }
        'klar;help;admin;records;delete' {
            break
        }
        'klar;help;admin;offsets' {
            break
        }
        'klar;help;admin;acl' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'ACLs matching a filter (DescribeAcls)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create one ACL (CreateAcls); pattern defaults to literal, host to *, permission to allow')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the ACLs matching a filter (DeleteAcls)')
            break
        }
        'klar;help;admin;acl;list' {
            break
        }
        'klar;help;admin;acl;create' {
            break
        }
        'klar;help;admin;acl;delete' {
            break
        }
        'klar;help;mock' {
            break
        }
        'klar;help;config-explain' {
            break
        }
        'klar;help;completions' {
            break
        }
        'klar;help;man' {
            break
        }
        'klar;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}

# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_waba_global_optspecs
    string join \n o/output= color= v/verbose q/quiet no-input no-assumptions sandbox profile= account-id= phone-number-id= business-id= app-id= api-version= base-url= h/help V/version
end

function __fish_waba_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_waba_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_waba_using_subcommand
    set -l cmd (__fish_waba_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c waba -n "__fish_waba_needs_command" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_needs_command" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_needs_command" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_needs_command" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_needs_command" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_needs_command" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_needs_command" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_needs_command" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_needs_command" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_needs_command" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_needs_command" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_needs_command" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_needs_command" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_needs_command" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_needs_command" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_needs_command" -f -a "auth" -d 'The access token: validity, expiry, scopes and app (Meta\'s debug_token)'
complete -c waba -n "__fish_waba_needs_command" -f -a "limits" -d 'Messaging limits: the live limit, log replays, what-ifs and schedules'
complete -c waba -n "__fish_waba_needs_command" -f -a "media" -d 'Media: upload, show, download (SHA-256 verified) and delete media objects'
complete -c waba -n "__fish_waba_needs_command" -f -a "messages" -d 'Messages received: mark as read, typing indicator'
complete -c waba -n "__fish_waba_needs_command" -f -a "numbers" -d 'Phone numbers: quality rating, status, messaging limit, throughput'
complete -c waba -n "__fish_waba_needs_command" -f -a "pricing" -d 'What messages cost: simulate a log, estimate a month, show rate cards (offline)'
complete -c waba -n "__fish_waba_needs_command" -f -a "profile" -d 'Manage profiles (accounts and their tokens)'
complete -c waba -n "__fish_waba_needs_command" -f -a "templates" -d 'Message templates as code: list, create, wait, pull, plan, apply; lint files offline'
complete -c waba -n "__fish_waba_needs_command" -f -a "send" -d 'Send messages of every type, checked before they leave and never sent twice'
complete -c waba -n "__fish_waba_needs_command" -f -a "verify" -d 'Verify a number: code, two-step PIN, the whole picture, Official Business Account'
complete -c waba -n "__fish_waba_needs_command" -f -a "webhooks" -d 'Webhooks: listen with signature checks, trigger and replay signed events'
complete -c waba -n "__fish_waba_needs_command" -f -a "sandbox" -d 'Run or reset the built-in Graph API sandbox'
complete -c waba -n "__fish_waba_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c waba -n "__fish_waba_needs_command" -f -a "man" -d 'Print the man page (roff), or write one page per command'
complete -c waba -n "__fish_waba_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from status help" -f -a "status" -d 'Check the access token with Meta: validity, expiry, scopes and app; exit 4 when it is invalid'
complete -c waba -n "__fish_waba_using_subcommand auth; and not __fish_seen_subcommand_from status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from status" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from status" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from status" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from status" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from status" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from status" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from status" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from status" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Check the access token with Meta: validity, expiry, scopes and app; exit 4 when it is invalid'
complete -c waba -n "__fish_waba_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand limits; and not __fish_seen_subcommand_from show check simulate plan throughput help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand limits; and not __fish_seen_subcommand_from show check simulate plan throughput help" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand limits; and not __fish_seen_subcommand_from show check simulate plan throughput help" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and not __fish_seen_subcommand_from show check simulate plan throughput help" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and not __fish_seen_subcommand_from show check simulate plan throughput help" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and not __fish_seen_subcommand_from show check simulate plan throughput help" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and not __fish_seen_subcommand_from show check simulate plan throughput help" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and not __fish_seen_subcommand_from show check simulate plan throughput help" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and not __fish_seen_subcommand_from show check simulate plan throughput help" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and not __fish_seen_subcommand_from show check simulate plan throughput help" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand limits; and not __fish_seen_subcommand_from show check simulate plan throughput help" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand limits; and not __fish_seen_subcommand_from show check simulate plan throughput help" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand limits; and not __fish_seen_subcommand_from show check simulate plan throughput help" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand limits; and not __fish_seen_subcommand_from show check simulate plan throughput help" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand limits; and not __fish_seen_subcommand_from show check simulate plan throughput help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand limits; and not __fish_seen_subcommand_from show check simulate plan throughput help" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand limits; and not __fish_seen_subcommand_from show check simulate plan throughput help" -f -a "show" -d 'The account\'s messaging limit now, each number\'s quality and status, and what the next level needs'
complete -c waba -n "__fish_waba_using_subcommand limits; and not __fish_seen_subcommand_from show check simulate plan throughput help" -f -a "check" -d 'Replay an event log against the limits; exit 8 when a send would have been blocked'
complete -c waba -n "__fish_waba_using_subcommand limits; and not __fish_seen_subcommand_from show check simulate plan throughput help" -f -a "simulate" -d 'What-if: the limit day by day for a planned volume'
complete -c waba -n "__fish_waba_using_subcommand limits; and not __fish_seen_subcommand_from show check simulate plan throughput help" -f -a "plan" -d 'The fastest schedule the rules allow from one tier to another'
complete -c waba -n "__fish_waba_using_subcommand limits; and not __fish_seen_subcommand_from show check simulate plan throughput help" -f -a "throughput" -d 'A number\'s throughput level, what it means, and the webhook capacity it needs'
complete -c waba -n "__fish_waba_using_subcommand limits; and not __fish_seen_subcommand_from show check simulate plan throughput help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from show" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from show" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from show" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from show" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from show" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from show" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from show" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from show" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from check" -l format -d 'Format of the log [default: from the extension: .csv → csv, .jsonl or .ndjson → jsonl; jsonl for other names and standard input]' -r -f -a "jsonl\t'One JSON object a line'
csv\t'CSV with a header row of the same field names'"
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from check" -l start-tier -d 'The messaging limit at the start of the log: 250, 1K, 2K, 10K, 100K, unlimited' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from check" -l regime -d 'Force one regime instead of choosing by date (per-portfolio from 2025-10-07)' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from check" -l timezone -d 'The WABA\'s time zone (IANA name): when 2025-10-07 begins' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from check" -l quality -d 'Quality ratings over time, CSV `ts,quality` (high|medium|low); High when not given' -r -F
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from check" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from check" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from check" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from check" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from check" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from check" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from check" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from check" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from check" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from check" -l sort -d 'Sort the events by time first, in memory (stable; about 80 bytes an event plus ids)'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from check" -l skip-invalid -d 'Skip lines that cannot be read, count them and report them on stderr, instead of stopping'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from check" -l verified -d 'The business is verified (per-portfolio: starts at 2K; per-number: the half-limit path out of 250)'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from check" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from check" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from check" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from check" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from simulate" -l start-tier -d 'The limit on day 1: 250, 1K, 2K, 10K, 100K, unlimited' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from simulate" -l regime -d 'Which rules: per-number (until 2025-10-06) or per-portfolio (from 2025-10-07)' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from simulate" -l days -d 'Days to simulate (default: the plan\'s length; with --daily, 14)' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from simulate" -l daily -d 'The same number of new unique users every day' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from simulate" -l plan -d 'A CSV plan: day,new_unique_users[,quality] (quality high|medium|low, default high)' -r -F
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from simulate" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from simulate" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from simulate" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from simulate" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from simulate" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from simulate" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from simulate" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from simulate" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from simulate" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from simulate" -l verified -d 'The business is verified'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from simulate" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from simulate" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from simulate" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from simulate" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from simulate" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from simulate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from simulate" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from plan" -l target -d 'The tier to reach: 1K, 2K, 10K, 100K, unlimited' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from plan" -l from -d 'The tier to start from' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from plan" -l regime -d 'Which rules: per-number (until 2025-10-06) or per-portfolio (from 2025-10-07)' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from plan" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from plan" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from plan" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from plan" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from plan" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from plan" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from plan" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from plan" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from plan" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from plan" -l verified -d 'The business is verified'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from plan" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from plan" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from plan" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from plan" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from plan" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from plan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from plan" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from throughput" -l level -d 'Explain this level instead of reading the number\'s: standard (80 msg/s) or high (1,000 msg/s)' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from throughput" -l reply-ratio -d 'Share of sent messages that users answer, for the webhook estimate (0 to 1)' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from throughput" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from throughput" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from throughput" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from throughput" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from throughput" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from throughput" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from throughput" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from throughput" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from throughput" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from throughput" -l shared-with-business-app -d 'The number is also used in the WhatsApp Business app (coexistence: 20 msg/s)'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from throughput" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from throughput" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from throughput" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from throughput" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from throughput" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from throughput" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from throughput" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from help" -f -a "show" -d 'The account\'s messaging limit now, each number\'s quality and status, and what the next level needs'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from help" -f -a "check" -d 'Replay an event log against the limits; exit 8 when a send would have been blocked'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from help" -f -a "simulate" -d 'What-if: the limit day by day for a planned volume'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from help" -f -a "plan" -d 'The fastest schedule the rules allow from one tier to another'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from help" -f -a "throughput" -d 'A number\'s throughput level, what it means, and the webhook capacity it needs'
complete -c waba -n "__fish_waba_using_subcommand limits; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand media; and not __fish_seen_subcommand_from upload show download delete help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand media; and not __fish_seen_subcommand_from upload show download delete help" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand media; and not __fish_seen_subcommand_from upload show download delete help" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and not __fish_seen_subcommand_from upload show download delete help" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and not __fish_seen_subcommand_from upload show download delete help" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and not __fish_seen_subcommand_from upload show download delete help" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and not __fish_seen_subcommand_from upload show download delete help" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and not __fish_seen_subcommand_from upload show download delete help" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and not __fish_seen_subcommand_from upload show download delete help" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and not __fish_seen_subcommand_from upload show download delete help" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand media; and not __fish_seen_subcommand_from upload show download delete help" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand media; and not __fish_seen_subcommand_from upload show download delete help" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand media; and not __fish_seen_subcommand_from upload show download delete help" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand media; and not __fish_seen_subcommand_from upload show download delete help" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand media; and not __fish_seen_subcommand_from upload show download delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand media; and not __fish_seen_subcommand_from upload show download delete help" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand media; and not __fish_seen_subcommand_from upload show download delete help" -f -a "upload" -d 'Upload a file (type and size checked against Meta\'s limits first); prints the media id'
complete -c waba -n "__fish_waba_using_subcommand media; and not __fish_seen_subcommand_from upload show download delete help" -f -a "show" -d 'Show a media object: download URL (valid 5 minutes), MIME type, SHA-256, size'
complete -c waba -n "__fish_waba_using_subcommand media; and not __fish_seen_subcommand_from upload show download delete help" -f -a "download" -d 'Download a media object to a file, verifying its SHA-256'
complete -c waba -n "__fish_waba_using_subcommand media; and not __fish_seen_subcommand_from upload show download delete help" -f -a "delete" -d 'Delete a media object'
complete -c waba -n "__fish_waba_using_subcommand media; and not __fish_seen_subcommand_from upload show download delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from upload" -l type -d 'Its MIME type (default: from the file name\'s extension)' -r
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from upload" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from upload" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from upload" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from upload" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from upload" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from upload" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from upload" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from upload" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from upload" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from upload" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from upload" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from upload" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from upload" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from upload" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from upload" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from upload" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from show" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from show" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from show" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from show" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from show" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from show" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from show" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from show" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from download" -l to -d 'Where to write the file (`-` for standard output); default `<ID>.<ext>` here' -r -F
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from download" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from download" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from download" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from download" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from download" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from download" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from download" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from download" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from download" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from download" -l force -d 'Overwrite the file if it exists'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from download" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from download" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from download" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from download" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from download" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from download" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from download" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from delete" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from delete" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from delete" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from delete" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from delete" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from delete" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when not on a terminal)'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from delete" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from delete" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from help" -f -a "upload" -d 'Upload a file (type and size checked against Meta\'s limits first); prints the media id'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a media object: download URL (valid 5 minutes), MIME type, SHA-256, size'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from help" -f -a "download" -d 'Download a media object to a file, verifying its SHA-256'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a media object'
complete -c waba -n "__fish_waba_using_subcommand media; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand messages; and not __fish_seen_subcommand_from read help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand messages; and not __fish_seen_subcommand_from read help" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand messages; and not __fish_seen_subcommand_from read help" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand messages; and not __fish_seen_subcommand_from read help" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand messages; and not __fish_seen_subcommand_from read help" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand messages; and not __fish_seen_subcommand_from read help" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand messages; and not __fish_seen_subcommand_from read help" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand messages; and not __fish_seen_subcommand_from read help" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand messages; and not __fish_seen_subcommand_from read help" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand messages; and not __fish_seen_subcommand_from read help" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand messages; and not __fish_seen_subcommand_from read help" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand messages; and not __fish_seen_subcommand_from read help" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand messages; and not __fish_seen_subcommand_from read help" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand messages; and not __fish_seen_subcommand_from read help" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand messages; and not __fish_seen_subcommand_from read help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand messages; and not __fish_seen_subcommand_from read help" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand messages; and not __fish_seen_subcommand_from read help" -f -a "read" -d 'Mark a received message as read (blue ticks), optionally showing the typing indicator'
complete -c waba -n "__fish_waba_using_subcommand messages; and not __fish_seen_subcommand_from read help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand messages; and __fish_seen_subcommand_from read" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand messages; and __fish_seen_subcommand_from read" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand messages; and __fish_seen_subcommand_from read" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand messages; and __fish_seen_subcommand_from read" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand messages; and __fish_seen_subcommand_from read" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand messages; and __fish_seen_subcommand_from read" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand messages; and __fish_seen_subcommand_from read" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand messages; and __fish_seen_subcommand_from read" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand messages; and __fish_seen_subcommand_from read" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand messages; and __fish_seen_subcommand_from read" -l typing -d 'Also show the typing indicator'
complete -c waba -n "__fish_waba_using_subcommand messages; and __fish_seen_subcommand_from read" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand messages; and __fish_seen_subcommand_from read" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand messages; and __fish_seen_subcommand_from read" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand messages; and __fish_seen_subcommand_from read" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand messages; and __fish_seen_subcommand_from read" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand messages; and __fish_seen_subcommand_from read" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand messages; and __fish_seen_subcommand_from read" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand messages; and __fish_seen_subcommand_from help" -f -a "read" -d 'Mark a received message as read (blue ticks), optionally showing the typing indicator'
complete -c waba -n "__fish_waba_using_subcommand messages; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health add register deregister display-name profile help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health add register deregister display-name profile help" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health add register deregister display-name profile help" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health add register deregister display-name profile help" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health add register deregister display-name profile help" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health add register deregister display-name profile help" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health add register deregister display-name profile help" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health add register deregister display-name profile help" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health add register deregister display-name profile help" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health add register deregister display-name profile help" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health add register deregister display-name profile help" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health add register deregister display-name profile help" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health add register deregister display-name profile help" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health add register deregister display-name profile help" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health add register deregister display-name profile help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health add register deregister display-name profile help" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health add register deregister display-name profile help" -f -a "list" -d 'List the account\'s phone numbers'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health add register deregister display-name profile help" -f -a "show" -d 'Show one phone number in full'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health add register deregister display-name profile help" -f -a "health" -d 'Check quality, status and limits of every number and of the account; exit 8 on problems'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health add register deregister display-name profile help" -f -a "add" -d 'Add a phone number to the account (checked first; the portfolio\'s allowance explained)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health add register deregister display-name profile help" -f -a "register" -d 'Register the number on the Cloud API with its two-step PIN (read from stdin or a prompt)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health add register deregister display-name profile help" -f -a "deregister" -d 'Deregister the number from the Cloud API (asks first; --yes when not on a terminal)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health add register deregister display-name profile help" -f -a "display-name" -d 'The number\'s display name: check it offline, submit it for review, see the review'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health add register deregister display-name profile help" -f -a "profile" -d 'The number\'s business profile: about, address, description, email, websites, vertical'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health add register deregister display-name profile help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -l limit -d 'Show at most N numbers' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -l fail-on -d 'The verdict at or above which the check fails (exit 8)' -r -f -a "warn\t'Fail on any warning or failure'
fail\t'Fail on failures only; warnings exit 0'"
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -l fail-quality -d 'Quality rating at or below which a number fails' -r -f -a "yellow\t'Fail on YELLOW (medium) or RED (low)'
red\t'Fail on RED (low) only'"
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -l cc -d 'Country calling code, e.g. 1 (US, Canada), 44 (UK), 91 (India)' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -l number -d 'The national number with its area code, without the country code' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -l verified-name -d 'The display name to submit for review (2 to 75 characters)' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -l no-lint -d 'Submit the name even when it breaks waba\'s display-name rules'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from register" -l data-localization-region -d 'Store message data at rest in this country, where Meta offers it (AE AU BH BR CA CH DE GB ID IN JP KR SG ZA)' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from register" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from register" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from register" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from register" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from register" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from register" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from register" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from register" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from register" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from register" -l pin-stdin -d 'Read the two-step PIN from standard input'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from register" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from register" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from register" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from register" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from register" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from register" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from deregister" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from deregister" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from deregister" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from deregister" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from deregister" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from deregister" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from deregister" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from deregister" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from deregister" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from deregister" -l yes -d 'Do not ask for confirmation (required when not on a terminal)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from deregister" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from deregister" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from deregister" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from deregister" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from deregister" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from deregister" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from deregister" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from display-name" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from display-name" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from display-name" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from display-name" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from display-name" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from display-name" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from display-name" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from display-name" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from display-name" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from display-name" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from display-name" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from display-name" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from display-name" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from display-name" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from display-name" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from display-name" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from display-name" -f -a "lint" -d 'Check a display name offline against Meta\'s formatting guidelines; exit 8 when it fails'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from display-name" -f -a "set" -d 'Submit a new display name for Meta\'s review, after checking it offline'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from display-name" -f -a "status" -d 'The number\'s display name, its review status and what it means'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from display-name" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from profile" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from profile" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from profile" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from profile" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from profile" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from profile" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from profile" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from profile" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from profile" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from profile" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from profile" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from profile" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from profile" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from profile" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from profile" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from profile" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from profile" -f -a "show" -d 'Show the number\'s business profile'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from profile" -f -a "set" -d 'Change fields of the number\'s business profile (others stay as they are)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from profile" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the account\'s phone numbers'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one phone number in full'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from help" -f -a "health" -d 'Check quality, status and limits of every number and of the account; exit 8 on problems'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a phone number to the account (checked first; the portfolio\'s allowance explained)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from help" -f -a "register" -d 'Register the number on the Cloud API with its two-step PIN (read from stdin or a prompt)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from help" -f -a "deregister" -d 'Deregister the number from the Cloud API (asks first; --yes when not on a terminal)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from help" -f -a "display-name" -d 'The number\'s display name: check it offline, submit it for review, see the review'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from help" -f -a "profile" -d 'The number\'s business profile: about, address, description, email, websites, vertical'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from simulate estimate rates market compare help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from simulate estimate rates market compare help" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from simulate estimate rates market compare help" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from simulate estimate rates market compare help" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from simulate estimate rates market compare help" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from simulate estimate rates market compare help" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from simulate estimate rates market compare help" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from simulate estimate rates market compare help" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from simulate estimate rates market compare help" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from simulate estimate rates market compare help" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from simulate estimate rates market compare help" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from simulate estimate rates market compare help" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from simulate estimate rates market compare help" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from simulate estimate rates market compare help" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from simulate estimate rates market compare help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from simulate estimate rates market compare help" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from simulate estimate rates market compare help" -f -a "simulate" -d 'Price an event log: totals by category, market and month; --explain for every event'
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from simulate estimate rates market compare help" -f -a "estimate" -d 'Estimate a planned month from message counts'
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from simulate estimate rates market compare help" -f -a "rates" -d 'Show the rate card in force on a date'
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from simulate estimate rates market compare help" -f -a "market" -d 'Show which market a phone number is billed in, and why; without one, list the markets'
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from simulate estimate rates market compare help" -f -a "compare" -d 'Price the same log under every regime, side by side'
complete -c waba -n "__fish_waba_using_subcommand pricing; and not __fish_seen_subcommand_from simulate estimate rates market compare help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from simulate" -l format -d 'Format of the log [default: from the extension: .csv → csv, .jsonl or .ndjson → jsonl; jsonl for other names and standard input]' -r -f -a "jsonl\t'One JSON object a line'
csv\t'CSV with a header row of the same field names'"
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from simulate" -l timezone -d 'The WABA\'s time zone (IANA name): month boundaries and regime switches' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from simulate" -l rate-card -d 'Meta\'s rate-card CSV (Market,Currency,Marketing,Utility,…) to use instead of the built-in cards' -r -F
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from simulate" -l tiers -d 'Meta\'s volume-tier CSV ("Tier Pricing"); without it list rates apply' -r -F
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from simulate" -l business-country -d 'Primary business location (ISO 3166 alpha-2), for authentication-international' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from simulate" -l auth-intl-start -d 'When authentication-international starts being charged (YYYY-MM-DD or RFC 3339)' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from simulate" -l bsp-fee -d 'A provider\'s fee per sent and received message, e.g. 0.002 (shown as its own line)' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from simulate" -l regime -d 'Price everything under one regime (what-if): cbp-2022, cbp-2023, pmp-2025, pmp-2026-10' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from simulate" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from simulate" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from simulate" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from simulate" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from simulate" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from simulate" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from simulate" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from simulate" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from simulate" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from simulate" -l sort -d 'Sort the events by time first, in memory (stable; about 80 bytes an event plus ids)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from simulate" -l skip-invalid -d 'Skip lines that cannot be read, count them and report them on stderr, instead of stopping'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from simulate" -l explain -d 'Add one row per event: market, pricing model, type, category, rate, cost, conversation, reason'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from simulate" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from simulate" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from simulate" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from simulate" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from simulate" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from simulate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from simulate" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l market -d 'The market: its name on the rate card (India, "North America", "Rest of Africa", Other), a country\'s ISO code or name (IN, Kenya) or a number in it (+919876500003)' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l marketing -d 'Marketing templates (conversations under conversation-based pricing)' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l utility -d 'Utility templates charged (outside a customer-service window)' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l authentication -d 'Authentication templates' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l service -d 'Service (non-template) messages, for one business phone number' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l date -d 'A day of the planned month (YYYY-MM-DD); picks the regime and the card; default today (UTC)' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l timezone -d 'The WABA\'s time zone (IANA name): month boundaries and regime switches' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l rate-card -d 'Meta\'s rate-card CSV (Market,Currency,Marketing,Utility,…) to use instead of the built-in cards' -r -F
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l tiers -d 'Meta\'s volume-tier CSV ("Tier Pricing"); without it list rates apply' -r -F
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l business-country -d 'Primary business location (ISO 3166 alpha-2), for authentication-international' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l auth-intl-start -d 'When authentication-international starts being charged (YYYY-MM-DD or RFC 3339)' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l bsp-fee -d 'A provider\'s fee per sent and received message, e.g. 0.002 (shown as its own line)' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l regime -d 'Price everything under one regime (what-if): cbp-2022, cbp-2023, pmp-2025, pmp-2026-10' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from estimate" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from rates" -l date -d 'The date (YYYY-MM-DD); default today (UTC)' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from rates" -l market -d 'Only this market: its name on the card (India, "North America", Other), a country\'s ISO code or name (IN, Kenya) or a number in it (+919876500003)' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from rates" -l rate-card -d 'Meta\'s rate-card CSV to show instead of the built-in cards' -r -F
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from rates" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from rates" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from rates" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from rates" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from rates" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from rates" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from rates" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from rates" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from rates" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from rates" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from rates" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from rates" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from rates" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from rates" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from rates" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from rates" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from market" -l date -d 'The date (YYYY-MM-DD): markets move between cards; default today (UTC)' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from market" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from market" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from market" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from market" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from market" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from market" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from market" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from market" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from market" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from market" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from market" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from market" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from market" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from market" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from market" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from market" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from compare" -l format -d 'Format of the log [default: from the extension: .csv → csv, .jsonl or .ndjson → jsonl; jsonl for other names and standard input]' -r -f -a "jsonl\t'One JSON object a line'
csv\t'CSV with a header row of the same field names'"
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from compare" -l timezone -d 'The WABA\'s time zone (IANA name): month boundaries and regime switches' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from compare" -l rate-card -d 'Meta\'s rate-card CSV (Market,Currency,Marketing,Utility,…) to use instead of the built-in cards' -r -F
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from compare" -l tiers -d 'Meta\'s volume-tier CSV ("Tier Pricing"); without it list rates apply' -r -F
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from compare" -l business-country -d 'Primary business location (ISO 3166 alpha-2), for authentication-international' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from compare" -l auth-intl-start -d 'When authentication-international starts being charged (YYYY-MM-DD or RFC 3339)' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from compare" -l bsp-fee -d 'A provider\'s fee per sent and received message, e.g. 0.002 (shown as its own line)' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from compare" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from compare" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from compare" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from compare" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from compare" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from compare" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from compare" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from compare" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from compare" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from compare" -l sort -d 'Sort the events by time first, in memory (stable; about 80 bytes an event plus ids)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from compare" -l skip-invalid -d 'Skip lines that cannot be read, count them and report them on stderr, instead of stopping'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from compare" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from compare" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from compare" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from compare" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from compare" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from compare" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from compare" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from help" -f -a "simulate" -d 'Price an event log: totals by category, market and month; --explain for every event'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from help" -f -a "estimate" -d 'Estimate a planned month from message counts'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from help" -f -a "rates" -d 'Show the rate card in force on a date'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from help" -f -a "market" -d 'Show which market a phone number is billed in, and why; without one, list the markets'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from help" -f -a "compare" -d 'Price the same log under every regime, side by side'
complete -c waba -n "__fish_waba_using_subcommand pricing; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add set list show use remove help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add set list show use remove help" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add set list show use remove help" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add set list show use remove help" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add set list show use remove help" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add set list show use remove help" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add set list show use remove help" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add set list show use remove help" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add set list show use remove help" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add set list show use remove help" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add set list show use remove help" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add set list show use remove help" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add set list show use remove help" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add set list show use remove help" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add set list show use remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add set list show use remove help" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add set list show use remove help" -f -a "add" -d 'Add (or with --force replace) a profile; prompts on a terminal, flags otherwise'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add set list show use remove help" -f -a "set" -d 'Change a profile\'s ids or API version; its stored token is kept'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add set list show use remove help" -f -a "list" -d 'List profiles'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add set list show use remove help" -f -a "show" -d 'Show every resolved setting and where it came from (secrets masked)'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add set list show use remove help" -f -a "use" -d 'Make a profile the default'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add set list show use remove help" -f -a "remove" -d 'Remove a profile and its secrets'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add set list show use remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -l token-stdin -d 'Read the access token from standard input'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -l force -d 'Replace a profile of the same name (its stored token is kept unless a new one is given)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -l default -d 'Make this profile the default (the first profile always is)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -l check -d 'Check the token with Meta (debug_token) after saving; exit 4 when it is invalid. On a terminal waba offers the check anyway'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -l app-secret-stdin -d 'Read the app secret (which signs webhooks) from standard input and store it'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -l verify-token-stdin -d 'Read the webhook verify token from standard input and store it'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask for confirmation (required when not on a terminal)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add (or with --force replace) a profile; prompts on a terminal, flags otherwise'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a profile\'s ids or API version; its stored token is kept'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List profiles'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show every resolved setting and where it came from (secrets masked)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the default'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a profile and its secrets'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list show create edit delete wait pull plan apply lint rules help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list show create edit delete wait pull plan apply lint rules help" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list show create edit delete wait pull plan apply lint rules help" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list show create edit delete wait pull plan apply lint rules help" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list show create edit delete wait pull plan apply lint rules help" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list show create edit delete wait pull plan apply lint rules help" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list show create edit delete wait pull plan apply lint rules help" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list show create edit delete wait pull plan apply lint rules help" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list show create edit delete wait pull plan apply lint rules help" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list show create edit delete wait pull plan apply lint rules help" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list show create edit delete wait pull plan apply lint rules help" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list show create edit delete wait pull plan apply lint rules help" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list show create edit delete wait pull plan apply lint rules help" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list show create edit delete wait pull plan apply lint rules help" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list show create edit delete wait pull plan apply lint rules help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list show create edit delete wait pull plan apply lint rules help" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list show create edit delete wait pull plan apply lint rules help" -f -a "list" -d 'List the account\'s templates: name, language, category, status, quality'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list show create edit delete wait pull plan apply lint rules help" -f -a "show" -d 'Show one template in full, or as a template file (--as-file toml|json)'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list show create edit delete wait pull plan apply lint rules help" -f -a "create" -d 'Lint template files, upload their media headers and submit them for review'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list show create edit delete wait pull plan apply lint rules help" -f -a "edit" -d 'Change an existing template from its file, where Meta allows edits'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list show create edit delete wait pull plan apply lint rules help" -f -a "delete" -d 'Delete a template: every language, or one with --language'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list show create edit delete wait pull plan apply lint rules help" -f -a "wait" -d 'Wait until review approves (exit 0) or rejects (exit 8) a template, or --all'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list show create edit delete wait pull plan apply lint rules help" -f -a "pull" -d 'Write the account\'s templates as files (<name>/<language>.toml)'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list show create edit delete wait pull plan apply lint rules help" -f -a "plan" -d 'Compare a directory of files with the account; exit 8 when they differ'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list show create edit delete wait pull plan apply lint rules help" -f -a "apply" -d 'Make the account match a directory of files: create, edit, --prune to delete'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list show create edit delete wait pull plan apply lint rules help" -f -a "lint" -d 'Check template files offline against Meta\'s rules; exit 8 on errors'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list show create edit delete wait pull plan apply lint rules help" -f -a "rules" -d 'List the lint rules with their severity and source'
complete -c waba -n "__fish_waba_using_subcommand templates; and not __fish_seen_subcommand_from list show create edit delete wait pull plan apply lint rules help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -l status -d 'Only templates in this status (APPROVED, PENDING, REJECTED, PAUSED, DISABLED, …)' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -l category -d 'Only this category (MARKETING, UTILITY, AUTHENTICATION)' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -l language -d 'Only this language, e.g. en_US' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -l name -d 'Only templates with this name' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -l limit -d 'Show at most N templates' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -l language -d 'Its language (needed when the template exists in several)' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -l as-file -d 'Print the template file (Meta\'s create payload) in this format instead of the template' -r -f -a "toml\t'TOML, as `templates pull` writes'
json\t'JSON'"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l timeout -d 'With --wait: give up after this long (exit 9), e.g. 90s, 10m, 1h' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the requests instead of sending them (media headers are not uploaded)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l deny-warnings -d 'Refuse (exit 8) files with lint warnings too, before anything is sent'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l wait -d 'Then wait until review decides every template submitted (exit 8 when any is not approved)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -l language -d 'Delete only this language (by its template id)' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when not on a terminal)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from wait" -l language -d 'Its language, e.g. en_US (needed only when the name exists in several)' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from wait" -l until -d 'What counts as done' -r -f -a "approved\t'Exit 0 when approved; 8 when rejected, disabled or paused'
decided\t'Exit 0 on any decision (approved, rejected, …)'"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from wait" -l timeout -d 'Give up after this long: e.g. 90s, 10m, 1h' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from wait" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from wait" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from wait" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from wait" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from wait" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from wait" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from wait" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from wait" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from wait" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from wait" -l all -d 'Wait for everything just submitted (see below) instead of one template'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from wait" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from wait" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from wait" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from wait" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from wait" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from wait" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -l force -d 'Overwrite files that differ from the account\'s template (and rewrite those that say the same differently)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -l prune -d 'Delete local files whose template is no longer on the account'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -s y -l yes -d 'Do not ask before deleting files with --prune (required when not on a terminal)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from pull" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from plan" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from plan" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from plan" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from plan" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from plan" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from plan" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from plan" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from plan" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from plan" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from plan" -l prune -d 'Plan as `apply --prune` would: templates on the account that have no file become deletions'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from plan" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from plan" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from plan" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from plan" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from plan" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from plan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from plan" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from apply" -l timeout -d 'With --wait: give up after this long (exit 9), e.g. 90s, 10m, 1h' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from apply" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from apply" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from apply" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from apply" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from apply" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from apply" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from apply" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from apply" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from apply" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from apply" -l prune -d 'Also delete templates that exist on the account but have no file in DIR'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from apply" -l allow-mass-delete -d 'Allow --prune to delete more than 10 templates, or more than half of the account\'s'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from apply" -l deny-warnings -d 'Treat lint warnings as errors: send nothing when any file has one'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from apply" -s y -l yes -d 'Do not ask for confirmation (required when not on a terminal)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from apply" -l wait -d 'Then wait until review decides every template submitted (exit 8 when any is not approved)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from apply" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from apply" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from apply" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from apply" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -l deny-warnings -d 'Fail (exit 8) on warnings too'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from lint" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from rules" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from rules" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from rules" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from rules" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from rules" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from rules" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from rules" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from rules" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from rules" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from rules" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from rules" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from rules" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from rules" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from rules" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from rules" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from rules" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the account\'s templates: name, language, category, status, quality'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one template in full, or as a template file (--as-file toml|json)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "create" -d 'Lint template files, upload their media headers and submit them for review'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change an existing template from its file, where Meta allows edits'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a template: every language, or one with --language'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "wait" -d 'Wait until review approves (exit 0) or rejects (exit 8) a template, or --all'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "pull" -d 'Write the account\'s templates as files (<name>/<language>.toml)'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "plan" -d 'Compare a directory of files with the account; exit 8 when they differ'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Make the account match a directory of files: create, edit, --prune to delete'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "lint" -d 'Check template files offline against Meta\'s rules; exit 8 on errors'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "rules" -d 'List the lint rules with their severity and source'
complete -c waba -n "__fish_waba_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -f -a "text" -d 'Send a text message (at most 4,096 characters)'
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -f -a "template" -d 'Send an approved template, its parameters checked against the template\'s definition'
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -f -a "image" -d 'Send an image (JPEG or PNG, at most 5 MB)'
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -f -a "video" -d 'Send a video (MP4 or 3GPP, at most 16 MB)'
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -f -a "audio" -d 'Send an audio file (AAC, AMR, MP3, M4A, OGG/Opus, at most 16 MB)'
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -f -a "document" -d 'Send a document (PDF, TXT, Office files, at most 100 MB)'
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -f -a "sticker" -d 'Send a sticker (WebP, at most 100 KB static or 500 KB animated)'
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -f -a "location" -d 'Send a location pin'
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -f -a "reaction" -d 'React to a message with an emoji (an empty emoji removes the reaction)'
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -f -a "buttons" -d 'Send a message with 1 to 3 reply buttons'
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -f -a "list" -d 'Send a list message (sections of rows behind a menu button)'
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -f -a "json" -d 'Send a full Graph message body from a JSON file, checked by the same rules'
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -f -a "contact" -d 'Send 1 to 5 contact cards from a vCard or JSON file'
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -f -a "cta-url" -d 'Send a message with a call-to-action URL button'
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -f -a "location-request" -d 'Ask the user to share their location'
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -f -a "product" -d 'Send one product of the account\'s catalog (single-product message)'
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -f -a "product-list" -d 'Send up to 30 products of the catalog in sections (multi-product message)'
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -f -a "catalog" -d 'Send a message that opens the account\'s catalog'
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -f -a "flow" -d 'Send a message whose button opens a WhatsApp Flow'
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -f -a "bulk" -d 'Send a template to every row of a CSV or JSONL file: validated, estimated, paced, journalled, resumable'
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -f -a "jobs" -d 'List the bulk jobs in the data directory'
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -f -a "status" -d 'Show a bulk job: rows by state, webhook outcomes; -o csv one row per recipient'
complete -c waba -n "__fish_waba_using_subcommand send; and not __fish_seen_subcommand_from text template image video audio document sticker location reaction buttons list json contact cta-url location-request product product-list catalog flow bulk jobs status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from text" -l to -d 'The recipient, E.164 with \'+\' and the country code (e.g. +16505551234)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from text" -l from -d 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from text" -l reply-to -d 'Reply to (quote) this message (context.message_id)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from text" -l callback-data -d 'Opaque data echoed in this message\'s status webhooks (biz_opaque_callback_data)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from text" -l wait -d 'Wait for the message\'s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout' -r -f -a "sent\t'Meta handed the message to WhatsApp'
delivered\t'It reached the recipient\'s device'
read\t'The recipient read it (only when they share read receipts)'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from text" -l listen -d 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app\'s callback URL)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from text" -l listen-path -d 'With --wait, the path the listener answers (the callback URL\'s path)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from text" -l timeout -d 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from text" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from text" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from text" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from text" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from text" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from text" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from text" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from text" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from text" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from text" -l preview-url -d 'Show a preview of the first URL in the text'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from text" -l dry-run -d 'Print the exact request body (and a template\'s preview) and send nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from text" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from text" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from text" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from text" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from text" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from text" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from text" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l to -d 'The recipient, E.164 with \'+\' and the country code (e.g. +16505551234)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l language -d 'The template\'s language (e.g. en_US); needed when the template has several' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l param -d 'A parameter: VALUE (positional, in order) or name=VALUE (named templates); repeatable' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l param-currency -d 'A currency parameter, e.g. USD:12.50:$12.50 (ISO 4217 code, at most 3 decimals); in order with --param' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l param-date-time -d 'A date_time parameter: the date as the recipient reads it; in order with --param' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l params -d 'Parameters from a JSON or TOML file (array: positional; object: named; see below)' -r -F
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l header-image -d 'The image of an IMAGE header: a local file (uploaded first), an https:// link or a media id' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l header-video -d 'The video of a VIDEO header' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l header-document -d 'The document of a DOCUMENT header' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l header-text -d 'The value of a text header\'s variable' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l header-location -d 'A LOCATION header\'s coordinates in degrees, e.g. 37.4848,-122.1484' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l header-location-name -d 'The name of a LOCATION header\'s place' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l header-location-address -d 'The address of a LOCATION header\'s place' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l card -d 'A carousel card\'s part, N from 1: header-image=…, header-video=…, param=…, param-currency=…, param-date-time=…, button-url-suffix=…, quick-reply=…; repeatable' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l offer-expires -d 'When a limited-time offer ends: RFC 3339 (2026-12-31T23:59:00Z) or from now (+48h, +3d)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l button-url-suffix -d 'The suffix of a dynamic URL button (one per such button, in order)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l button-payload -d 'The payload of a quick-reply button (in button order)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l code -d 'The one-time password (authentication templates) or coupon code (copy-code buttons)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l from -d 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l reply-to -d 'Reply to (quote) this message (context.message_id)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l callback-data -d 'Opaque data echoed in this message\'s status webhooks (biz_opaque_callback_data)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l wait -d 'Wait for the message\'s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout' -r -f -a "sent\t'Meta handed the message to WhatsApp'
delivered\t'It reached the recipient\'s device'
read\t'The recipient read it (only when they share read receipts)'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l listen -d 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app\'s callback URL)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l listen-path -d 'With --wait, the path the listener answers (the callback URL\'s path)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l timeout -d 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l no-check -d 'Do not read the template\'s definition: send the parameters unchecked (for tokens that cannot read templates)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l refresh -d 'Read the template\'s definition again instead of the cached one'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l dry-run -d 'Print the exact request body (and a template\'s preview) and send nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from template" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from image" -l to -d 'The recipient, E.164 with \'+\' and the country code (e.g. +16505551234)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from image" -l caption -d 'Caption (image, video, document; at most 1,024 characters)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from image" -l filename -d 'File name shown to the user (document only)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from image" -l from -d 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from image" -l reply-to -d 'Reply to (quote) this message (context.message_id)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from image" -l callback-data -d 'Opaque data echoed in this message\'s status webhooks (biz_opaque_callback_data)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from image" -l wait -d 'Wait for the message\'s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout' -r -f -a "sent\t'Meta handed the message to WhatsApp'
delivered\t'It reached the recipient\'s device'
read\t'The recipient read it (only when they share read receipts)'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from image" -l listen -d 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app\'s callback URL)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from image" -l listen-path -d 'With --wait, the path the listener answers (the callback URL\'s path)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from image" -l timeout -d 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from image" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from image" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from image" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from image" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from image" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from image" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from image" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from image" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from image" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from image" -l dry-run -d 'Print the exact request body (and a template\'s preview) and send nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from image" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from image" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from image" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from image" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from image" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from image" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from image" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from video" -l to -d 'The recipient, E.164 with \'+\' and the country code (e.g. +16505551234)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from video" -l caption -d 'Caption (image, video, document; at most 1,024 characters)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from video" -l filename -d 'File name shown to the user (document only)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from video" -l from -d 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from video" -l reply-to -d 'Reply to (quote) this message (context.message_id)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from video" -l callback-data -d 'Opaque data echoed in this message\'s status webhooks (biz_opaque_callback_data)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from video" -l wait -d 'Wait for the message\'s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout' -r -f -a "sent\t'Meta handed the message to WhatsApp'
delivered\t'It reached the recipient\'s device'
read\t'The recipient read it (only when they share read receipts)'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from video" -l listen -d 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app\'s callback URL)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from video" -l listen-path -d 'With --wait, the path the listener answers (the callback URL\'s path)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from video" -l timeout -d 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from video" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from video" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from video" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from video" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from video" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from video" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from video" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from video" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from video" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from video" -l dry-run -d 'Print the exact request body (and a template\'s preview) and send nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from video" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from video" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from video" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from video" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from video" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from video" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from video" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from audio" -l to -d 'The recipient, E.164 with \'+\' and the country code (e.g. +16505551234)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from audio" -l caption -d 'Caption (image, video, document; at most 1,024 characters)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from audio" -l filename -d 'File name shown to the user (document only)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from audio" -l from -d 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from audio" -l reply-to -d 'Reply to (quote) this message (context.message_id)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from audio" -l callback-data -d 'Opaque data echoed in this message\'s status webhooks (biz_opaque_callback_data)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from audio" -l wait -d 'Wait for the message\'s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout' -r -f -a "sent\t'Meta handed the message to WhatsApp'
delivered\t'It reached the recipient\'s device'
read\t'The recipient read it (only when they share read receipts)'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from audio" -l listen -d 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app\'s callback URL)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from audio" -l listen-path -d 'With --wait, the path the listener answers (the callback URL\'s path)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from audio" -l timeout -d 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from audio" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from audio" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from audio" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from audio" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from audio" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from audio" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from audio" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from audio" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from audio" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from audio" -l dry-run -d 'Print the exact request body (and a template\'s preview) and send nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from audio" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from audio" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from audio" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from audio" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from audio" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from audio" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from audio" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from document" -l to -d 'The recipient, E.164 with \'+\' and the country code (e.g. +16505551234)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from document" -l caption -d 'Caption (image, video, document; at most 1,024 characters)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from document" -l filename -d 'File name shown to the user (document only)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from document" -l from -d 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from document" -l reply-to -d 'Reply to (quote) this message (context.message_id)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from document" -l callback-data -d 'Opaque data echoed in this message\'s status webhooks (biz_opaque_callback_data)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from document" -l wait -d 'Wait for the message\'s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout' -r -f -a "sent\t'Meta handed the message to WhatsApp'
delivered\t'It reached the recipient\'s device'
read\t'The recipient read it (only when they share read receipts)'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from document" -l listen -d 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app\'s callback URL)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from document" -l listen-path -d 'With --wait, the path the listener answers (the callback URL\'s path)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from document" -l timeout -d 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from document" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from document" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from document" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from document" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from document" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from document" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from document" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from document" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from document" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from document" -l dry-run -d 'Print the exact request body (and a template\'s preview) and send nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from document" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from document" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from document" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from document" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from document" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from document" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from document" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from sticker" -l to -d 'The recipient, E.164 with \'+\' and the country code (e.g. +16505551234)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from sticker" -l caption -d 'Caption (image, video, document; at most 1,024 characters)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from sticker" -l filename -d 'File name shown to the user (document only)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from sticker" -l from -d 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from sticker" -l reply-to -d 'Reply to (quote) this message (context.message_id)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from sticker" -l callback-data -d 'Opaque data echoed in this message\'s status webhooks (biz_opaque_callback_data)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from sticker" -l wait -d 'Wait for the message\'s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout' -r -f -a "sent\t'Meta handed the message to WhatsApp'
delivered\t'It reached the recipient\'s device'
read\t'The recipient read it (only when they share read receipts)'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from sticker" -l listen -d 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app\'s callback URL)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from sticker" -l listen-path -d 'With --wait, the path the listener answers (the callback URL\'s path)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from sticker" -l timeout -d 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from sticker" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from sticker" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from sticker" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from sticker" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from sticker" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from sticker" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from sticker" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from sticker" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from sticker" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from sticker" -l dry-run -d 'Print the exact request body (and a template\'s preview) and send nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from sticker" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from sticker" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from sticker" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from sticker" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from sticker" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from sticker" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from sticker" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location" -l to -d 'The recipient, E.164 with \'+\' and the country code (e.g. +16505551234)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location" -l lat -d 'Latitude in degrees (-90 to 90)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location" -l lon -d 'Longitude in degrees (-180 to 180)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location" -l name -d 'Name of the place' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location" -l address -d 'Address of the place' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location" -l from -d 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location" -l reply-to -d 'Reply to (quote) this message (context.message_id)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location" -l callback-data -d 'Opaque data echoed in this message\'s status webhooks (biz_opaque_callback_data)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location" -l wait -d 'Wait for the message\'s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout' -r -f -a "sent\t'Meta handed the message to WhatsApp'
delivered\t'It reached the recipient\'s device'
read\t'The recipient read it (only when they share read receipts)'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location" -l listen -d 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app\'s callback URL)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location" -l listen-path -d 'With --wait, the path the listener answers (the callback URL\'s path)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location" -l timeout -d 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location" -l dry-run -d 'Print the exact request body (and a template\'s preview) and send nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from reaction" -l to -d 'The recipient, E.164 with \'+\' and the country code (e.g. +16505551234)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from reaction" -l message-id -d 'The message reacted to' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from reaction" -l emoji -d 'The emoji; an empty string removes the reaction' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from reaction" -l from -d 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from reaction" -l reply-to -d 'Reply to (quote) this message (context.message_id)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from reaction" -l callback-data -d 'Opaque data echoed in this message\'s status webhooks (biz_opaque_callback_data)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from reaction" -l wait -d 'Wait for the message\'s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout' -r -f -a "sent\t'Meta handed the message to WhatsApp'
delivered\t'It reached the recipient\'s device'
read\t'The recipient read it (only when they share read receipts)'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from reaction" -l listen -d 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app\'s callback URL)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from reaction" -l listen-path -d 'With --wait, the path the listener answers (the callback URL\'s path)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from reaction" -l timeout -d 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from reaction" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from reaction" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from reaction" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from reaction" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from reaction" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from reaction" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from reaction" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from reaction" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from reaction" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from reaction" -l dry-run -d 'Print the exact request body (and a template\'s preview) and send nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from reaction" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from reaction" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from reaction" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from reaction" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from reaction" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from reaction" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from reaction" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from buttons" -l to -d 'The recipient, E.164 with \'+\' and the country code (e.g. +16505551234)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from buttons" -l body -d 'The message\'s body (at most 1,024 characters)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from buttons" -l header -d 'A text header (at most 60 characters)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from buttons" -l footer -d 'A footer (at most 60 characters)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from buttons" -l button -d 'A reply button as ID:TITLE (1 to 3; id at most 256 characters, title at most 20)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from buttons" -l from -d 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from buttons" -l reply-to -d 'Reply to (quote) this message (context.message_id)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from buttons" -l callback-data -d 'Opaque data echoed in this message\'s status webhooks (biz_opaque_callback_data)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from buttons" -l wait -d 'Wait for the message\'s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout' -r -f -a "sent\t'Meta handed the message to WhatsApp'
delivered\t'It reached the recipient\'s device'
read\t'The recipient read it (only when they share read receipts)'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from buttons" -l listen -d 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app\'s callback URL)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from buttons" -l listen-path -d 'With --wait, the path the listener answers (the callback URL\'s path)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from buttons" -l timeout -d 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from buttons" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from buttons" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from buttons" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from buttons" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from buttons" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from buttons" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from buttons" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from buttons" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from buttons" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from buttons" -l dry-run -d 'Print the exact request body (and a template\'s preview) and send nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from buttons" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from buttons" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from buttons" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from buttons" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from buttons" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from buttons" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from buttons" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -l to -d 'The recipient, E.164 with \'+\' and the country code (e.g. +16505551234)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -l body -d 'The message\'s body (at most 1,024 characters)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -l header -d 'A text header (at most 60 characters)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -l footer -d 'A footer (at most 60 characters)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -l button -d 'The label of the button that opens the list (at most 20 characters)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -l row -d 'A row of a single-section list as ID:TITLE[:DESCRIPTION]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -l section-title -d 'Title of the single section given with --row' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -l sections -d 'Sections and rows from a JSON or TOML file' -r -F
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -l from -d 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -l reply-to -d 'Reply to (quote) this message (context.message_id)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -l callback-data -d 'Opaque data echoed in this message\'s status webhooks (biz_opaque_callback_data)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -l wait -d 'Wait for the message\'s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout' -r -f -a "sent\t'Meta handed the message to WhatsApp'
delivered\t'It reached the recipient\'s device'
read\t'The recipient read it (only when they share read receipts)'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -l listen -d 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app\'s callback URL)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -l listen-path -d 'With --wait, the path the listener answers (the callback URL\'s path)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -l timeout -d 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the exact request body (and a template\'s preview) and send nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from json" -l from -d 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from json" -l reply-to -d 'Reply to (quote) this message (context.message_id)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from json" -l callback-data -d 'Opaque data echoed in this message\'s status webhooks (biz_opaque_callback_data)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from json" -l wait -d 'Wait for the message\'s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout' -r -f -a "sent\t'Meta handed the message to WhatsApp'
delivered\t'It reached the recipient\'s device'
read\t'The recipient read it (only when they share read receipts)'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from json" -l listen -d 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app\'s callback URL)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from json" -l listen-path -d 'With --wait, the path the listener answers (the callback URL\'s path)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from json" -l timeout -d 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from json" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from json" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from json" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from json" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from json" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from json" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from json" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from json" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from json" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from json" -l dry-run -d 'Print the exact request body (and a template\'s preview) and send nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from json" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from json" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from json" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from json" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from json" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from json" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from json" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from contact" -l to -d 'The recipient, E.164 with \'+\' and the country code (e.g. +16505551234)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from contact" -l from -d 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from contact" -l reply-to -d 'Reply to (quote) this message (context.message_id)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from contact" -l callback-data -d 'Opaque data echoed in this message\'s status webhooks (biz_opaque_callback_data)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from contact" -l wait -d 'Wait for the message\'s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout' -r -f -a "sent\t'Meta handed the message to WhatsApp'
delivered\t'It reached the recipient\'s device'
read\t'The recipient read it (only when they share read receipts)'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from contact" -l listen -d 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app\'s callback URL)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from contact" -l listen-path -d 'With --wait, the path the listener answers (the callback URL\'s path)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from contact" -l timeout -d 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from contact" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from contact" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from contact" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from contact" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from contact" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from contact" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from contact" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from contact" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from contact" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from contact" -l dry-run -d 'Print the exact request body (and a template\'s preview) and send nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from contact" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from contact" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from contact" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from contact" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from contact" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from contact" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from contact" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from cta-url" -l to -d 'The recipient, E.164 with \'+\' and the country code (e.g. +16505551234)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from cta-url" -l body -d 'The message\'s body (at most 1,024 characters)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from cta-url" -l header -d 'A text header (at most 60 characters)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from cta-url" -l footer -d 'A footer (at most 60 characters)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from cta-url" -l display-text -d 'The button\'s label (at most 20 characters)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from cta-url" -l url -d 'The https:// URL the button opens' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from cta-url" -l from -d 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from cta-url" -l reply-to -d 'Reply to (quote) this message (context.message_id)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from cta-url" -l callback-data -d 'Opaque data echoed in this message\'s status webhooks (biz_opaque_callback_data)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from cta-url" -l wait -d 'Wait for the message\'s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout' -r -f -a "sent\t'Meta handed the message to WhatsApp'
delivered\t'It reached the recipient\'s device'
read\t'The recipient read it (only when they share read receipts)'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from cta-url" -l listen -d 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app\'s callback URL)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from cta-url" -l listen-path -d 'With --wait, the path the listener answers (the callback URL\'s path)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from cta-url" -l timeout -d 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from cta-url" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from cta-url" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from cta-url" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from cta-url" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from cta-url" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from cta-url" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from cta-url" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from cta-url" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from cta-url" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from cta-url" -l dry-run -d 'Print the exact request body (and a template\'s preview) and send nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from cta-url" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from cta-url" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from cta-url" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from cta-url" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from cta-url" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from cta-url" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from cta-url" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location-request" -l to -d 'The recipient, E.164 with \'+\' and the country code (e.g. +16505551234)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location-request" -l body -d 'The message\'s body (at most 1,024 characters)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location-request" -l from -d 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location-request" -l reply-to -d 'Reply to (quote) this message (context.message_id)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location-request" -l callback-data -d 'Opaque data echoed in this message\'s status webhooks (biz_opaque_callback_data)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location-request" -l wait -d 'Wait for the message\'s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout' -r -f -a "sent\t'Meta handed the message to WhatsApp'
delivered\t'It reached the recipient\'s device'
read\t'The recipient read it (only when they share read receipts)'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location-request" -l listen -d 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app\'s callback URL)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location-request" -l listen-path -d 'With --wait, the path the listener answers (the callback URL\'s path)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location-request" -l timeout -d 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location-request" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location-request" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location-request" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location-request" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location-request" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location-request" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location-request" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location-request" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location-request" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location-request" -l dry-run -d 'Print the exact request body (and a template\'s preview) and send nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location-request" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location-request" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location-request" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location-request" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location-request" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location-request" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from location-request" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product" -l to -d 'The recipient, E.164 with \'+\' and the country code (e.g. +16505551234)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product" -l catalog-id -d 'The id of the catalog connected to the WhatsApp Business Account' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product" -l product -d 'The product\'s retailer id (its SKU, "Content ID" in Commerce Manager)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product" -l body -d 'A body text (optional for a product; at most 1,024 characters)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product" -l footer -d 'A footer (at most 60 characters)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product" -l from -d 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product" -l reply-to -d 'Reply to (quote) this message (context.message_id)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product" -l callback-data -d 'Opaque data echoed in this message\'s status webhooks (biz_opaque_callback_data)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product" -l wait -d 'Wait for the message\'s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout' -r -f -a "sent\t'Meta handed the message to WhatsApp'
delivered\t'It reached the recipient\'s device'
read\t'The recipient read it (only when they share read receipts)'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product" -l listen -d 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app\'s callback URL)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product" -l listen-path -d 'With --wait, the path the listener answers (the callback URL\'s path)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product" -l timeout -d 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product" -l dry-run -d 'Print the exact request body (and a template\'s preview) and send nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product-list" -l to -d 'The recipient, E.164 with \'+\' and the country code (e.g. +16505551234)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product-list" -l catalog-id -d 'The id of the catalog connected to the WhatsApp Business Account' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product-list" -l header -d 'The header text (required for a product list; at most 60 characters)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product-list" -l body -d 'The message\'s body (at most 1,024 characters)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product-list" -l footer -d 'A footer (at most 60 characters)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product-list" -l section -d 'A section as TITLE:SKU[,SKU…] (title at most 24 characters; repeat for up to 10 sections)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product-list" -l from -d 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product-list" -l reply-to -d 'Reply to (quote) this message (context.message_id)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product-list" -l callback-data -d 'Opaque data echoed in this message\'s status webhooks (biz_opaque_callback_data)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product-list" -l wait -d 'Wait for the message\'s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout' -r -f -a "sent\t'Meta handed the message to WhatsApp'
delivered\t'It reached the recipient\'s device'
read\t'The recipient read it (only when they share read receipts)'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product-list" -l listen -d 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app\'s callback URL)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product-list" -l listen-path -d 'With --wait, the path the listener answers (the callback URL\'s path)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product-list" -l timeout -d 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product-list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product-list" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product-list" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product-list" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product-list" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product-list" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product-list" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product-list" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product-list" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product-list" -l dry-run -d 'Print the exact request body (and a template\'s preview) and send nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product-list" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product-list" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product-list" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product-list" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product-list" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product-list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from product-list" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from catalog" -l to -d 'The recipient, E.164 with \'+\' and the country code (e.g. +16505551234)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from catalog" -l body -d 'The message\'s body (at most 1,024 characters)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from catalog" -l thumbnail -d 'The product (SKU) whose image heads the message [default: the catalog\'s first]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from catalog" -l footer -d 'A footer (at most 60 characters)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from catalog" -l from -d 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from catalog" -l reply-to -d 'Reply to (quote) this message (context.message_id)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from catalog" -l callback-data -d 'Opaque data echoed in this message\'s status webhooks (biz_opaque_callback_data)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from catalog" -l wait -d 'Wait for the message\'s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout' -r -f -a "sent\t'Meta handed the message to WhatsApp'
delivered\t'It reached the recipient\'s device'
read\t'The recipient read it (only when they share read receipts)'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from catalog" -l listen -d 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app\'s callback URL)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from catalog" -l listen-path -d 'With --wait, the path the listener answers (the callback URL\'s path)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from catalog" -l timeout -d 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from catalog" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from catalog" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from catalog" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from catalog" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from catalog" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from catalog" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from catalog" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from catalog" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from catalog" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from catalog" -l dry-run -d 'Print the exact request body (and a template\'s preview) and send nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from catalog" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from catalog" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from catalog" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from catalog" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from catalog" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from catalog" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from catalog" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l to -d 'The recipient, E.164 with \'+\' and the country code (e.g. +16505551234)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l flow-id -d 'The Flow\'s id' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l flow-name -d 'The Flow\'s name (instead of its id)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l cta -d 'The label of the button that opens the Flow (Meta advises at most 30 characters, no emoji)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l body -d 'The message\'s body (at most 1,024 characters)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l header -d 'A text header (at most 60 characters)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l footer -d 'A footer (at most 60 characters)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l flow-token -d 'A token of yours, echoed back with the Flow\'s response (flow_token)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l action -d 'What the button does first [default: navigate]' -r -f -a "navigate\t''
data_exchange\t''"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l screen -d 'The id of the screen to open (navigate)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l data -d 'Initial data for that screen: a JSON object, or @FILE holding one (navigate)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l from -d 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l reply-to -d 'Reply to (quote) this message (context.message_id)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l callback-data -d 'Opaque data echoed in this message\'s status webhooks (biz_opaque_callback_data)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l wait -d 'Wait for the message\'s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout' -r -f -a "sent\t'Meta handed the message to WhatsApp'
delivered\t'It reached the recipient\'s device'
read\t'The recipient read it (only when they share read receipts)'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l listen -d 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app\'s callback URL)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l listen-path -d 'With --wait, the path the listener answers (the callback URL\'s path)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l timeout -d 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l draft -d 'Send a Flow that is still a DRAFT (mode: draft), to test it'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l dry-run -d 'Print the exact request body (and a template\'s preview) and send nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from flow" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -l template -d 'The template to send (its definition is read and every row checked against it)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -l language -d 'The template\'s language (e.g. en_US); needed when the template has several' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -l text -d 'Free-form text to every row instead of a template (delivered only inside a customer-service window)' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -l recipients -d 'The recipients: a CSV file with a header, a .jsonl file, or `-` for standard input' -r -F
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -l job -d 'Name the job (its journal is <data dir>/jobs/NAME.db) [default: the file\'s stem and the UTC time]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -l resume -d 'Continue a stopped or killed job' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -l rate -d 'Messages per second [default: the sending number\'s throughput level: 80, or 1,000 for HIGH]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -l max-in-flight -d 'Requests open at once' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -l max-cost -d 'Refuse the job when its estimated cost is above AMOUNT (USD), e.g. 50 or 12.5' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -l from -d 'Send from this number of the account (its display number) instead of the configured phone-number id' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -l preview-url -d 'Show a preview of the first URL in --text'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -l resend-uncertain -d 'With --resume: send again the rows whose outcome is unknown (they may get a duplicate)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -l skip-invalid -d 'Send the valid rows even when some are invalid (the invalid ones are listed and skipped)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -l allow-duplicates -d 'Send to a recipient as many times as they are listed'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -l refresh -d 'Read the template\'s definition again instead of the cached one'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -l dry-run -d 'Validate and estimate, send nothing (no journal is kept)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -s y -l yes -d 'Do not ask for confirmation (required when not on a terminal)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from bulk" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from jobs" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from jobs" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from jobs" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from jobs" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from jobs" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from jobs" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from jobs" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from jobs" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from jobs" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from jobs" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from jobs" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from jobs" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from jobs" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from jobs" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from jobs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from jobs" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from status" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from status" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from status" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from status" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from status" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from status" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from status" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from status" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from status" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from help" -f -a "text" -d 'Send a text message (at most 4,096 characters)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from help" -f -a "template" -d 'Send an approved template, its parameters checked against the template\'s definition'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from help" -f -a "image" -d 'Send an image (JPEG or PNG, at most 5 MB)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from help" -f -a "video" -d 'Send a video (MP4 or 3GPP, at most 16 MB)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from help" -f -a "audio" -d 'Send an audio file (AAC, AMR, MP3, M4A, OGG/Opus, at most 16 MB)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from help" -f -a "document" -d 'Send a document (PDF, TXT, Office files, at most 100 MB)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from help" -f -a "sticker" -d 'Send a sticker (WebP, at most 100 KB static or 500 KB animated)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from help" -f -a "location" -d 'Send a location pin'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from help" -f -a "reaction" -d 'React to a message with an emoji (an empty emoji removes the reaction)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from help" -f -a "buttons" -d 'Send a message with 1 to 3 reply buttons'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from help" -f -a "list" -d 'Send a list message (sections of rows behind a menu button)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from help" -f -a "json" -d 'Send a full Graph message body from a JSON file, checked by the same rules'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from help" -f -a "contact" -d 'Send 1 to 5 contact cards from a vCard or JSON file'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from help" -f -a "cta-url" -d 'Send a message with a call-to-action URL button'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from help" -f -a "location-request" -d 'Ask the user to share their location'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from help" -f -a "product" -d 'Send one product of the account\'s catalog (single-product message)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from help" -f -a "product-list" -d 'Send up to 30 products of the catalog in sections (multi-product message)'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from help" -f -a "catalog" -d 'Send a message that opens the account\'s catalog'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from help" -f -a "flow" -d 'Send a message whose button opens a WhatsApp Flow'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from help" -f -a "bulk" -d 'Send a template to every row of a CSV or JSONL file: validated, estimated, paced, journalled, resumable'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from help" -f -a "jobs" -d 'List the bulk jobs in the data directory'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show a bulk job: rows by state, webhook outcomes; -o csv one row per recipient'
complete -c waba -n "__fish_waba_using_subcommand send; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand verify; and not __fish_seen_subcommand_from request-code code pin status oba help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand verify; and not __fish_seen_subcommand_from request-code code pin status oba help" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand verify; and not __fish_seen_subcommand_from request-code code pin status oba help" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and not __fish_seen_subcommand_from request-code code pin status oba help" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and not __fish_seen_subcommand_from request-code code pin status oba help" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and not __fish_seen_subcommand_from request-code code pin status oba help" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and not __fish_seen_subcommand_from request-code code pin status oba help" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and not __fish_seen_subcommand_from request-code code pin status oba help" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and not __fish_seen_subcommand_from request-code code pin status oba help" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and not __fish_seen_subcommand_from request-code code pin status oba help" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand verify; and not __fish_seen_subcommand_from request-code code pin status oba help" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand verify; and not __fish_seen_subcommand_from request-code code pin status oba help" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand verify; and not __fish_seen_subcommand_from request-code code pin status oba help" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand verify; and not __fish_seen_subcommand_from request-code code pin status oba help" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand verify; and not __fish_seen_subcommand_from request-code code pin status oba help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand verify; and not __fish_seen_subcommand_from request-code code pin status oba help" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand verify; and not __fish_seen_subcommand_from request-code code pin status oba help" -f -a "request-code" -d 'Ask Meta to send the number a verification code by SMS or voice call'
complete -c waba -n "__fish_waba_using_subcommand verify; and not __fish_seen_subcommand_from request-code code pin status oba help" -f -a "code" -d 'Enter the code received (from standard input or a hidden prompt)'
complete -c waba -n "__fish_waba_using_subcommand verify; and not __fish_seen_subcommand_from request-code code pin status oba help" -f -a "pin" -d 'The two-step verification PIN: set or change it, see whether it is on'
complete -c waba -n "__fish_waba_using_subcommand verify; and not __fish_seen_subcommand_from request-code code pin status oba help" -f -a "status" -d 'The whole picture: code, registration, PIN, display name, OBA, business and account review'
complete -c waba -n "__fish_waba_using_subcommand verify; and not __fish_seen_subcommand_from request-code code pin status oba help" -f -a "oba" -d 'Official Business Account (the badge): check the criteria, request it, see the request'
complete -c waba -n "__fish_waba_using_subcommand verify; and not __fish_seen_subcommand_from request-code code pin status oba help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from request-code" -l method -d 'How to deliver the code' -r -f -a "sms\t''
voice\t''"
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from request-code" -l language -d 'Language of the message or call, e.g. en_US, pt_BR, es_ES' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from request-code" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from request-code" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from request-code" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from request-code" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from request-code" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from request-code" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from request-code" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from request-code" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from request-code" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from request-code" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from request-code" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from request-code" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from request-code" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from request-code" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from request-code" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from request-code" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from code" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from code" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from code" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from code" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from code" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from code" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from code" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from code" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from code" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from code" -l code-stdin -d 'Read the code from standard input'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from code" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from code" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from code" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from code" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from code" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from code" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from code" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from pin" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from pin" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from pin" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from pin" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from pin" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from pin" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from pin" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from pin" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from pin" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from pin" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from pin" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from pin" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from pin" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from pin" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from pin" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from pin" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from pin" -f -a "set" -d 'Set or change the two-step verification PIN (from standard input or a hidden prompt)'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from pin" -f -a "status" -d 'Whether two-step verification is on'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from pin" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from status" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from status" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from status" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from status" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from status" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from status" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from status" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from status" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from status" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from oba" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from oba" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from oba" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from oba" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from oba" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from oba" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from oba" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from oba" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from oba" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from oba" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from oba" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from oba" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from oba" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from oba" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from oba" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from oba" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from oba" -f -a "check" -d 'Check, point by point, whether the number meets the criteria; exit 8 when one is not met'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from oba" -f -a "request" -d 'Submit Meta\'s Official Business Account request (after checking the criteria)'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from oba" -f -a "status" -d 'The number\'s OBA request and what its status means'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from oba" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from help" -f -a "request-code" -d 'Ask Meta to send the number a verification code by SMS or voice call'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from help" -f -a "code" -d 'Enter the code received (from standard input or a hidden prompt)'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from help" -f -a "pin" -d 'The two-step verification PIN: set or change it, see whether it is on'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from help" -f -a "status" -d 'The whole picture: code, registration, PIN, display name, OBA, business and account review'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from help" -f -a "oba" -d 'Official Business Account (the badge): check the criteria, request it, see the request'
complete -c waba -n "__fish_waba_using_subcommand verify; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and not __fish_seen_subcommand_from listen trigger replay subscribe unsubscribe status help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand webhooks; and not __fish_seen_subcommand_from listen trigger replay subscribe unsubscribe status help" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand webhooks; and not __fish_seen_subcommand_from listen trigger replay subscribe unsubscribe status help" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and not __fish_seen_subcommand_from listen trigger replay subscribe unsubscribe status help" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and not __fish_seen_subcommand_from listen trigger replay subscribe unsubscribe status help" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and not __fish_seen_subcommand_from listen trigger replay subscribe unsubscribe status help" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and not __fish_seen_subcommand_from listen trigger replay subscribe unsubscribe status help" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and not __fish_seen_subcommand_from listen trigger replay subscribe unsubscribe status help" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and not __fish_seen_subcommand_from listen trigger replay subscribe unsubscribe status help" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and not __fish_seen_subcommand_from listen trigger replay subscribe unsubscribe status help" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and not __fish_seen_subcommand_from listen trigger replay subscribe unsubscribe status help" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and not __fish_seen_subcommand_from listen trigger replay subscribe unsubscribe status help" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and not __fish_seen_subcommand_from listen trigger replay subscribe unsubscribe status help" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and not __fish_seen_subcommand_from listen trigger replay subscribe unsubscribe status help" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and not __fish_seen_subcommand_from listen trigger replay subscribe unsubscribe status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and not __fish_seen_subcommand_from listen trigger replay subscribe unsubscribe status help" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and not __fish_seen_subcommand_from listen trigger replay subscribe unsubscribe status help" -f -a "listen" -d 'Receive deliveries: handshake, signature check, one line per event; forward, save, exec'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and not __fish_seen_subcommand_from listen trigger replay subscribe unsubscribe status help" -f -a "trigger" -d 'Send a signed Meta-shaped event of any kind to a receiver'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and not __fish_seen_subcommand_from listen trigger replay subscribe unsubscribe status help" -f -a "replay" -d 'Send saved deliveries (from `listen --save`) or a payload file again'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and not __fish_seen_subcommand_from listen trigger replay subscribe unsubscribe status help" -f -a "subscribe" -d 'Subscribe the app to the WABA\'s webhooks, optionally with a callback URL override'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and not __fish_seen_subcommand_from listen trigger replay subscribe unsubscribe status help" -f -a "unsubscribe" -d 'Unsubscribe the app from the WABA\'s webhooks (it stops receiving them)'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and not __fish_seen_subcommand_from listen trigger replay subscribe unsubscribe status help" -f -a "status" -d 'Show the apps subscribed to the WABA\'s webhooks and their callback overrides'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and not __fish_seen_subcommand_from listen trigger replay subscribe unsubscribe status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l addr -d 'Address to listen on' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -s p -l port -d 'Port to listen on (0: any free port; the one taken is printed on stderr)' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l path -d 'Path Meta posts to' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l forward-to -d 'Pass each delivery on, body and signature header unchanged, and print the answer code' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l save -d 'Append each delivery (headers and raw body, one JSON line) to FILE, for `webhooks replay`' -r -F
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l exec -d 'Run `sh -c CMD` for every event, its JSON on standard input' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l job -d 'Record the statuses of this bulk job\'s messages in its journal (see `waba send status JOB`)' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l count -d 'Stop after N events' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l until -d 'Stop after the first event matching EXPR (e.g. status:delivered,id=wamid.X)' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l timeout -d 'Give up after DURATION (e.g. 30s, 5m, 500ms) with exit 9' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l queue -d 'Deliveries waiting to be processed at most, before senders are made to wait' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l app-secret-stdin -d 'Read the app secret from standard input'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l verify-token-stdin -d 'Read the verify token from standard input'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l no-signature-check -d 'Accept deliveries without checking their signature (anyone can then post events)'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from listen" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -l to -d 'The receiver\'s URL' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -l event -d 'The event: a message type, a status, a template event or decision (first in --list by default)' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -l message-id -d 'The message id (wamid.…) a status, reply or reaction is about [default: a fresh one]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -l from -d 'The user: sender of a message, recipient of a status (E.164 or digits)' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -l display-number -d 'The business number\'s digits as Meta shows them' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -l error-code -d 'The error code of a failed status' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -l text -d 'Text of a message, caption or button; a display name for phone-name' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -l template-name -d 'A template\'s name' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -l template-language -d 'A template\'s language' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -l template-id -d 'A template\'s id' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -l category -d 'A category (of a template, or of a status\'s pricing)' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -l reason -d 'A reason, previous score, new limit or restriction, as the kind takes it' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -l list -d 'List every kind and its events'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -l app-secret-stdin -d 'Read the app secret from standard input'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -l bad-signature -d 'Sign with a wrong key (the receiver should answer 403)'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -l no-signature -d 'Send no signature header (the receiver should answer 401)'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from trigger" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from replay" -l to -d 'The receiver\'s URL' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from replay" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from replay" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from replay" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from replay" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from replay" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from replay" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from replay" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from replay" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from replay" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from replay" -l original-signature -d 'Send each delivery\'s saved X-Hub-Signature-256 instead of signing it again'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from replay" -l app-secret-stdin -d 'Read the app secret from standard input'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from replay" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from replay" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from replay" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from replay" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from replay" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from replay" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from replay" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from subscribe" -l callback-url -d 'Send this WABA\'s webhooks to URL instead of the app\'s callback (https)' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from subscribe" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from subscribe" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from subscribe" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from subscribe" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from subscribe" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from subscribe" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from subscribe" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from subscribe" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from subscribe" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from subscribe" -l verify-token-stdin -d 'Read the verify token from standard input (instead of WABA_VERIFY_TOKEN or the profile)'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from subscribe" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from subscribe" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from subscribe" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from subscribe" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from subscribe" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from subscribe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from subscribe" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from unsubscribe" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from unsubscribe" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from unsubscribe" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from unsubscribe" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from unsubscribe" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from unsubscribe" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from unsubscribe" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from unsubscribe" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from unsubscribe" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from unsubscribe" -s y -l yes -d 'Do not ask for confirmation (required when not on a terminal)'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from unsubscribe" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from unsubscribe" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from unsubscribe" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from unsubscribe" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from unsubscribe" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from unsubscribe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from unsubscribe" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from status" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from status" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from status" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from status" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from status" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from status" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from status" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from status" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from status" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "listen" -d 'Receive deliveries: handshake, signature check, one line per event; forward, save, exec'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "trigger" -d 'Send a signed Meta-shaped event of any kind to a receiver'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "replay" -d 'Send saved deliveries (from `listen --save`) or a payload file again'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "subscribe" -d 'Subscribe the app to the WABA\'s webhooks, optionally with a callback URL override'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "unsubscribe" -d 'Unsubscribe the app from the WABA\'s webhooks (it stops receiving them)'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the apps subscribed to the WABA\'s webhooks and their callback overrides'
complete -c waba -n "__fish_waba_using_subcommand webhooks; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset status inbound messages log allowlist codes trigger help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset status inbound messages log allowlist codes trigger help" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset status inbound messages log allowlist codes trigger help" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset status inbound messages log allowlist codes trigger help" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset status inbound messages log allowlist codes trigger help" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset status inbound messages log allowlist codes trigger help" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset status inbound messages log allowlist codes trigger help" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset status inbound messages log allowlist codes trigger help" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset status inbound messages log allowlist codes trigger help" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset status inbound messages log allowlist codes trigger help" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset status inbound messages log allowlist codes trigger help" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset status inbound messages log allowlist codes trigger help" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset status inbound messages log allowlist codes trigger help" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset status inbound messages log allowlist codes trigger help" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset status inbound messages log allowlist codes trigger help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset status inbound messages log allowlist codes trigger help" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset status inbound messages log allowlist codes trigger help" -f -a "serve" -d 'Serve the sandbox on 127.0.0.1 until interrupted; prints its base URL and token'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset status inbound messages log allowlist codes trigger help" -f -a "reset" -d 'Restore the sandbox\'s seeded world (discards every change)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset status inbound messages log allowlist codes trigger help" -f -a "status" -d 'Show where the sandbox\'s world lives, whether a server runs, and what it holds'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset status inbound messages log allowlist codes trigger help" -f -a "inbound" -d 'Simulate a user writing in (opens their customer-service window)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset status inbound messages log allowlist codes trigger help" -f -a "messages" -d 'List the messages the sandbox received, with their statuses and pricing'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset status inbound messages log allowlist codes trigger help" -f -a "log" -d 'Export the sandbox\'s messages as an event log for `pricing simulate` and `limits check`'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset status inbound messages log allowlist codes trigger help" -f -a "allowlist" -d 'Show or change the recipients the sandbox\'s test number may message (131030 otherwise)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset status inbound messages log allowlist codes trigger help" -f -a "codes" -d 'Show the verification codes the sandbox sent (by "SMS" or "voice"), until used'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset status inbound messages log allowlist codes trigger help" -f -a "trigger" -d 'Cause a platform event: a template\'s quality drops, a number is flagged, an account restricted'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset status inbound messages log allowlist codes trigger help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l port -d 'Port on 127.0.0.1 (0 picks a free one)' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l state -d 'World database [default: <data dir>/sandbox/world.db]' -r -F
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l token -d 'Token clients must send (a random one when absent; this is the sandbox\'s, not a Meta token)' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l throughput -d 'Message throughput: each number\'s level as Meta enforces it (80 or 1,000 msg/s, then 130429), or unlimited for load tests (the pair rate and the messaging limit still apply)' -r -f -a "meta\t'Each number\'s throughput level, as Meta enforces it'
unlimited\t'No per-number bucket'"
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l faults -d 'Inject faults into sends (POST /{phone-number-id}/messages only), e.g. drop-after=5%,error-500-after=2%,error-500-before=1%,throttle=3%,slow=1%:2s (see below)' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l faults-seed -d 'Seed of the fault draws: the same seed and the same sends give the same faults [default: a random one, printed as faults_seed]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l webhook-url -d 'The app\'s callback URL: where webhooks go unless the number or the WABA subscription overrides it (https, or http to localhost)' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l webhook-retry-base -d 'Delay before the first retry of a failed delivery, doubling after each failure (e.g. 500ms, 1s, 2m)' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l webhook-attempts -d 'Attempts per webhook before it is given up' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l state -d 'World database [default: <data dir>/sandbox/world.db]' -r -F
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l state -d 'World database [default: <data dir>/sandbox/world.db]' -r -F
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from status" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbound" -l from -d 'The user writing in, in E.164 (+ and digits)' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbound" -l text -d 'The message text; `-` reads standard input' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbound" -l to-number -d 'The business phone-number id written to [default: the sandbox\'s primary number]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbound" -l state -d 'World database [default: <data dir>/sandbox/world.db]' -r -F
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbound" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbound" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbound" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbound" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbound" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbound" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbound" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbound" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbound" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbound" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbound" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbound" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbound" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbound" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbound" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from inbound" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from messages" -l to -d 'Only messages to or from this user (E.164)' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from messages" -l limit -d 'Show at most the N most recent messages' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from messages" -l state -d 'World database [default: <data dir>/sandbox/world.db]' -r -F
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from messages" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from messages" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from messages" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from messages" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from messages" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from messages" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from messages" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from messages" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from messages" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from messages" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from messages" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from messages" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from messages" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from messages" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from messages" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from messages" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from log" -l to -d 'Only messages to or from this user (E.164)' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from log" -l state -d 'World database [default: <data dir>/sandbox/world.db]' -r -F
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from log" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from log" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from log" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from log" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from log" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from log" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from log" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from log" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from log" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from log" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from log" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from log" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from log" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from log" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from allowlist" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from allowlist" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from allowlist" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from allowlist" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from allowlist" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from allowlist" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from allowlist" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from allowlist" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from allowlist" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from allowlist" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from allowlist" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from allowlist" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from allowlist" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from allowlist" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from allowlist" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from allowlist" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from allowlist" -f -a "list" -d 'Show the recipients the test number may message'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from allowlist" -f -a "add" -d 'Allow recipients (Meta allows at most 5 per test number)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from allowlist" -f -a "remove" -d 'Take recipients off the list (their later sends get 131030)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from allowlist" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from codes" -l number -d 'Only this phone number\'s code' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from codes" -l state -d 'World database [default: <data dir>/sandbox/world.db]' -r -F
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from codes" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from codes" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from codes" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from codes" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from codes" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from codes" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from codes" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from codes" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from codes" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from codes" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from codes" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from codes" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from codes" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from codes" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from codes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from codes" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -l state -d 'World database [default: <data dir>/sandbox/world.db]' -r -F
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -f -a "template-quality" -d 'A template\'s quality rating changes; RED pauses it (3 h, then 6 h, then DISABLED)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -f -a "template-unpause" -d 'Unpause a paused template now, as WhatsApp Manager does'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -f -a "phone" -d 'A phone number\'s quality rating and/or status changes'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -f -a "account" -d 'The WABA is restricted, banned or active again'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -f -a "business-verification" -d 'Business verification is decided (number allowance, messaging limit, OBA)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from trigger" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve the sandbox on 127.0.0.1 until interrupted; prints its base URL and token'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Restore the sandbox\'s seeded world (discards every change)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show where the sandbox\'s world lives, whether a server runs, and what it holds'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "inbound" -d 'Simulate a user writing in (opens their customer-service window)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "messages" -d 'List the messages the sandbox received, with their statuses and pricing'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "log" -d 'Export the sandbox\'s messages as an event log for `pricing simulate` and `limits check`'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "allowlist" -d 'Show or change the recipients the sandbox\'s test number may message (131030 otherwise)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "codes" -d 'Show the verification codes the sandbox sent (by "SMS" or "voice"), until used'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "trigger" -d 'Cause a platform event: a template\'s quality drops, a number is flagged, an account restricted'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand completions" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand completions" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand completions" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand completions" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand completions" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand completions" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand completions" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand completions" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand completions" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand completions" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand completions" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand completions" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand completions" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand completions" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand completions" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand man" -l dir -d 'Write waba.1 and one page per command (waba-templates-apply.1, …) into DIR, created if missing' -r -F
complete -c waba -n "__fish_waba_using_subcommand man" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'
toml\t'TOML; a list becomes [[items]]'"
complete -c waba -n "__fish_waba_using_subcommand man" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand man" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand man" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand man" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand man" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand man" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand man" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand man" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand man" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand man" -s q -l quiet -d 'Only errors on stderr; no assumptions; a check that passes prints nothing'
complete -c waba -n "__fish_waba_using_subcommand man" -l no-input -d 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
complete -c waba -n "__fish_waba_using_subcommand man" -l no-assumptions -d 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
complete -c waba -n "__fish_waba_using_subcommand man" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand man" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth limits media messages numbers pricing profile templates send verify webhooks sandbox completions man help" -f -a "auth" -d 'The access token: validity, expiry, scopes and app (Meta\'s debug_token)'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth limits media messages numbers pricing profile templates send verify webhooks sandbox completions man help" -f -a "limits" -d 'Messaging limits: the live limit, log replays, what-ifs and schedules'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth limits media messages numbers pricing profile templates send verify webhooks sandbox completions man help" -f -a "media" -d 'Media: upload, show, download (SHA-256 verified) and delete media objects'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth limits media messages numbers pricing profile templates send verify webhooks sandbox completions man help" -f -a "messages" -d 'Messages received: mark as read, typing indicator'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth limits media messages numbers pricing profile templates send verify webhooks sandbox completions man help" -f -a "numbers" -d 'Phone numbers: quality rating, status, messaging limit, throughput'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth limits media messages numbers pricing profile templates send verify webhooks sandbox completions man help" -f -a "pricing" -d 'What messages cost: simulate a log, estimate a month, show rate cards (offline)'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth limits media messages numbers pricing profile templates send verify webhooks sandbox completions man help" -f -a "profile" -d 'Manage profiles (accounts and their tokens)'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth limits media messages numbers pricing profile templates send verify webhooks sandbox completions man help" -f -a "templates" -d 'Message templates as code: list, create, wait, pull, plan, apply; lint files offline'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth limits media messages numbers pricing profile templates send verify webhooks sandbox completions man help" -f -a "send" -d 'Send messages of every type, checked before they leave and never sent twice'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth limits media messages numbers pricing profile templates send verify webhooks sandbox completions man help" -f -a "verify" -d 'Verify a number: code, two-step PIN, the whole picture, Official Business Account'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth limits media messages numbers pricing profile templates send verify webhooks sandbox completions man help" -f -a "webhooks" -d 'Webhooks: listen with signature checks, trigger and replay signed events'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth limits media messages numbers pricing profile templates send verify webhooks sandbox completions man help" -f -a "sandbox" -d 'Run or reset the built-in Graph API sandbox'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth limits media messages numbers pricing profile templates send verify webhooks sandbox completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth limits media messages numbers pricing profile templates send verify webhooks sandbox completions man help" -f -a "man" -d 'Print the man page (roff), or write one page per command'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from auth limits media messages numbers pricing profile templates send verify webhooks sandbox completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Check the access token with Meta: validity, expiry, scopes and app; exit 4 when it is invalid'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from limits" -f -a "show" -d 'The account\'s messaging limit now, each number\'s quality and status, and what the next level needs'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from limits" -f -a "check" -d 'Replay an event log against the limits; exit 8 when a send would have been blocked'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from limits" -f -a "simulate" -d 'What-if: the limit day by day for a planned volume'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from limits" -f -a "plan" -d 'The fastest schedule the rules allow from one tier to another'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from limits" -f -a "throughput" -d 'A number\'s throughput level, what it means, and the webhook capacity it needs'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from media" -f -a "upload" -d 'Upload a file (type and size checked against Meta\'s limits first); prints the media id'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from media" -f -a "show" -d 'Show a media object: download URL (valid 5 minutes), MIME type, SHA-256, size'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from media" -f -a "download" -d 'Download a media object to a file, verifying its SHA-256'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from media" -f -a "delete" -d 'Delete a media object'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from messages" -f -a "read" -d 'Mark a received message as read (blue ticks), optionally showing the typing indicator'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from numbers" -f -a "list" -d 'List the account\'s phone numbers'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from numbers" -f -a "show" -d 'Show one phone number in full'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from numbers" -f -a "health" -d 'Check quality, status and limits of every number and of the account; exit 8 on problems'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from numbers" -f -a "add" -d 'Add a phone number to the account (checked first; the portfolio\'s allowance explained)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from numbers" -f -a "register" -d 'Register the number on the Cloud API with its two-step PIN (read from stdin or a prompt)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from numbers" -f -a "deregister" -d 'Deregister the number from the Cloud API (asks first; --yes when not on a terminal)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from numbers" -f -a "display-name" -d 'The number\'s display name: check it offline, submit it for review, see the review'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from numbers" -f -a "profile" -d 'The number\'s business profile: about, address, description, email, websites, vertical'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from pricing" -f -a "simulate" -d 'Price an event log: totals by category, market and month; --explain for every event'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from pricing" -f -a "estimate" -d 'Estimate a planned month from message counts'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from pricing" -f -a "rates" -d 'Show the rate card in force on a date'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from pricing" -f -a "market" -d 'Show which market a phone number is billed in, and why; without one, list the markets'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from pricing" -f -a "compare" -d 'Price the same log under every regime, side by side'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "add" -d 'Add (or with --force replace) a profile; prompts on a terminal, flags otherwise'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "set" -d 'Change a profile\'s ids or API version; its stored token is kept'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List profiles'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "show" -d 'Show every resolved setting and where it came from (secrets masked)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "use" -d 'Make a profile the default'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "remove" -d 'Remove a profile and its secrets'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "list" -d 'List the account\'s templates: name, language, category, status, quality'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "show" -d 'Show one template in full, or as a template file (--as-file toml|json)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "create" -d 'Lint template files, upload their media headers and submit them for review'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "edit" -d 'Change an existing template from its file, where Meta allows edits'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "delete" -d 'Delete a template: every language, or one with --language'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "wait" -d 'Wait until review approves (exit 0) or rejects (exit 8) a template, or --all'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "pull" -d 'Write the account\'s templates as files (<name>/<language>.toml)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "plan" -d 'Compare a directory of files with the account; exit 8 when they differ'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "apply" -d 'Make the account match a directory of files: create, edit, --prune to delete'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "lint" -d 'Check template files offline against Meta\'s rules; exit 8 on errors'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "rules" -d 'List the lint rules with their severity and source'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from send" -f -a "text" -d 'Send a text message (at most 4,096 characters)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from send" -f -a "template" -d 'Send an approved template, its parameters checked against the template\'s definition'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from send" -f -a "image" -d 'Send an image (JPEG or PNG, at most 5 MB)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from send" -f -a "video" -d 'Send a video (MP4 or 3GPP, at most 16 MB)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from send" -f -a "audio" -d 'Send an audio file (AAC, AMR, MP3, M4A, OGG/Opus, at most 16 MB)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from send" -f -a "document" -d 'Send a document (PDF, TXT, Office files, at most 100 MB)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from send" -f -a "sticker" -d 'Send a sticker (WebP, at most 100 KB static or 500 KB animated)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from send" -f -a "location" -d 'Send a location pin'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from send" -f -a "reaction" -d 'React to a message with an emoji (an empty emoji removes the reaction)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from send" -f -a "buttons" -d 'Send a message with 1 to 3 reply buttons'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from send" -f -a "list" -d 'Send a list message (sections of rows behind a menu button)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from send" -f -a "json" -d 'Send a full Graph message body from a JSON file, checked by the same rules'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from send" -f -a "contact" -d 'Send 1 to 5 contact cards from a vCard or JSON file'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from send" -f -a "cta-url" -d 'Send a message with a call-to-action URL button'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from send" -f -a "location-request" -d 'Ask the user to share their location'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from send" -f -a "product" -d 'Send one product of the account\'s catalog (single-product message)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from send" -f -a "product-list" -d 'Send up to 30 products of the catalog in sections (multi-product message)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from send" -f -a "catalog" -d 'Send a message that opens the account\'s catalog'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from send" -f -a "flow" -d 'Send a message whose button opens a WhatsApp Flow'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from send" -f -a "bulk" -d 'Send a template to every row of a CSV or JSONL file: validated, estimated, paced, journalled, resumable'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from send" -f -a "jobs" -d 'List the bulk jobs in the data directory'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from send" -f -a "status" -d 'Show a bulk job: rows by state, webhook outcomes; -o csv one row per recipient'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from verify" -f -a "request-code" -d 'Ask Meta to send the number a verification code by SMS or voice call'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from verify" -f -a "code" -d 'Enter the code received (from standard input or a hidden prompt)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from verify" -f -a "pin" -d 'The two-step verification PIN: set or change it, see whether it is on'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from verify" -f -a "status" -d 'The whole picture: code, registration, PIN, display name, OBA, business and account review'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from verify" -f -a "oba" -d 'Official Business Account (the badge): check the criteria, request it, see the request'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "listen" -d 'Receive deliveries: handshake, signature check, one line per event; forward, save, exec'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "trigger" -d 'Send a signed Meta-shaped event of any kind to a receiver'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "replay" -d 'Send saved deliveries (from `listen --save`) or a payload file again'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "subscribe" -d 'Subscribe the app to the WABA\'s webhooks, optionally with a callback URL override'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "unsubscribe" -d 'Unsubscribe the app from the WABA\'s webhooks (it stops receiving them)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from webhooks" -f -a "status" -d 'Show the apps subscribed to the WABA\'s webhooks and their callback overrides'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "serve" -d 'Serve the sandbox on 127.0.0.1 until interrupted; prints its base URL and token'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "reset" -d 'Restore the sandbox\'s seeded world (discards every change)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "status" -d 'Show where the sandbox\'s world lives, whether a server runs, and what it holds'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "inbound" -d 'Simulate a user writing in (opens their customer-service window)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "messages" -d 'List the messages the sandbox received, with their statuses and pricing'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "log" -d 'Export the sandbox\'s messages as an event log for `pricing simulate` and `limits check`'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "allowlist" -d 'Show or change the recipients the sandbox\'s test number may message (131030 otherwise)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "codes" -d 'Show the verification codes the sandbox sent (by "SMS" or "voice"), until used'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "trigger" -d 'Cause a platform event: a template\'s quality drops, a number is flagged, an account restricted'

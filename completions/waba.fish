# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_waba_global_optspecs
    string join \n o/output= color= v/verbose q/quiet sandbox profile= account-id= phone-number-id= business-id= app-id= api-version= base-url= h/help V/version
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
csv\t'Comma-separated values with a header row'"
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
complete -c waba -n "__fish_waba_needs_command" -s q -l quiet -d 'Only errors on stderr'
complete -c waba -n "__fish_waba_needs_command" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_needs_command" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_needs_command" -f -a "numbers" -d 'Phone numbers: quality rating, status, messaging limit, throughput'
complete -c waba -n "__fish_waba_needs_command" -f -a "profile" -d 'Manage profiles (accounts and their tokens)'
complete -c waba -n "__fish_waba_needs_command" -f -a "sandbox" -d 'Run or reset the built-in Graph API sandbox'
complete -c waba -n "__fish_waba_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c waba -n "__fish_waba_needs_command" -f -a "man" -d 'Print the man page (roff)'
complete -c waba -n "__fish_waba_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health help" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health help" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health help" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health help" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health help" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health help" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health help" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health help" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health help" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health help" -s q -l quiet -d 'Only errors on stderr'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health help" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health help" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health help" -f -a "list" -d 'List the account\'s phone numbers'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health help" -f -a "show" -d 'Show one phone number in full'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health help" -f -a "health" -d 'Check quality, status and limits of every number and of the account; exit 8 on problems'
complete -c waba -n "__fish_waba_using_subcommand numbers; and not __fish_seen_subcommand_from list show health help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -l limit -d 'Show at most N numbers' -r
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
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
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
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
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only errors on stderr'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -l fail-on -d 'Quality rating at or below which a number fails' -r -f -a "yellow\t'Fail on YELLOW (medium) or RED (low)'
red\t'Fail on RED (low) only'"
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
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
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -s q -l quiet -d 'Only errors on stderr'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from health" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the account\'s phone numbers'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one phone number in full'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from help" -f -a "health" -d 'Check quality, status and limits of every number and of the account; exit 8 on problems'
complete -c waba -n "__fish_waba_using_subcommand numbers; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -s q -l quiet -d 'Only errors on stderr'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -f -a "add" -d 'Add (or with --force replace) a profile; prompts on a terminal, flags otherwise'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -f -a "list" -d 'List profiles'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -f -a "show" -d 'Show every resolved setting and where it came from (secrets masked)'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -f -a "use" -d 'Make a profile the default'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -f -a "remove" -d 'Remove a profile and its secrets'
complete -c waba -n "__fish_waba_using_subcommand profile; and not __fish_seen_subcommand_from add list show use remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
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
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -l force -d 'Replace a profile of the same name'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -l default -d 'Make this profile the default (the first profile always is)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Only errors on stderr'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
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
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
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
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only errors on stderr'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
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
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Only errors on stderr'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
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
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Only errors on stderr'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add (or with --force replace) a profile; prompts on a terminal, flags otherwise'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List profiles'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show every resolved setting and where it came from (secrets masked)'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the default'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a profile and its secrets'
complete -c waba -n "__fish_waba_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l color -d 'When to use colour' -r -f -a "auto\t'Colour on a terminal unless NO_COLOR is set'
always\t'Always colour'
never\t'Never colour'"
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l profile -d 'Profile to use [env: WABA_PROFILE]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l account-id -d 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l phone-number-id -d 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l business-id -d 'Business portfolio id [env: WABA_BUSINESS_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l app-id -d 'Meta app id [env: WABA_APP_ID]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l api-version -d 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l base-url -d 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -s v -l verbose -d 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -s q -l quiet -d 'Only errors on stderr'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -f -a "serve" -d 'Serve the sandbox on 127.0.0.1 until interrupted; prints its base URL and token'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -f -a "reset" -d 'Restore the sandbox\'s seeded world (discards every change)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l port -d 'Port on 127.0.0.1 (0 picks a free one)' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l state -d 'State file [default: <data dir>/sandbox/state.json]' -r -F
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l token -d 'Token clients must send (a random one when absent; this is the sandbox\'s, not a Meta token)' -r
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
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
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Only errors on stderr'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l state -d 'State file [default: <data dir>/sandbox/state.json]' -r -F
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
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
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Only errors on stderr'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve the sandbox on 127.0.0.1 until interrupted; prints its base URL and token'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Restore the sandbox\'s seeded world (discards every change)'
complete -c waba -n "__fish_waba_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand completions" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
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
complete -c waba -n "__fish_waba_using_subcommand completions" -s q -l quiet -d 'Only errors on stderr'
complete -c waba -n "__fish_waba_using_subcommand completions" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand completions" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand man" -s o -l output -d 'Output format' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are one array; Meta\'s field names'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header row'"
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
complete -c waba -n "__fish_waba_using_subcommand man" -s q -l quiet -d 'Only errors on stderr'
complete -c waba -n "__fish_waba_using_subcommand man" -l sandbox -d 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
complete -c waba -n "__fish_waba_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c waba -n "__fish_waba_using_subcommand man" -s V -l version -d 'Print version'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from numbers profile sandbox completions man help" -f -a "numbers" -d 'Phone numbers: quality rating, status, messaging limit, throughput'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from numbers profile sandbox completions man help" -f -a "profile" -d 'Manage profiles (accounts and their tokens)'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from numbers profile sandbox completions man help" -f -a "sandbox" -d 'Run or reset the built-in Graph API sandbox'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from numbers profile sandbox completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from numbers profile sandbox completions man help" -f -a "man" -d 'Print the man page (roff)'
complete -c waba -n "__fish_waba_using_subcommand help; and not __fish_seen_subcommand_from numbers profile sandbox completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from numbers" -f -a "list" -d 'List the account\'s phone numbers'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from numbers" -f -a "show" -d 'Show one phone number in full'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from numbers" -f -a "health" -d 'Check quality, status and limits of every number and of the account; exit 8 on problems'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "add" -d 'Add (or with --force replace) a profile; prompts on a terminal, flags otherwise'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List profiles'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "show" -d 'Show every resolved setting and where it came from (secrets masked)'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "use" -d 'Make a profile the default'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "remove" -d 'Remove a profile and its secrets'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "serve" -d 'Serve the sandbox on 127.0.0.1 until interrupted; prints its base URL and token'
complete -c waba -n "__fish_waba_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "reset" -d 'Restore the sandbox\'s seeded world (discards every change)'

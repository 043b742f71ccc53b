
use builtin;
use str;

set edit:completion:arg-completer[waba] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'waba'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'waba'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --profile 'Profile to use [env: WABA_PROFILE]'
            cand --account-id 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]'
            cand --phone-number-id 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]'
            cand --business-id 'Business portfolio id [env: WABA_BUSINESS_ID]'
            cand --app-id 'Meta app id [env: WABA_APP_ID]'
            cand --api-version 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]'
            cand --base-url 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand numbers 'Phone numbers: quality rating, status, messaging limit, throughput'
            cand profile 'Manage profiles (accounts and their tokens)'
            cand sandbox 'Run or reset the built-in Graph API sandbox'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;numbers'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --profile 'Profile to use [env: WABA_PROFILE]'
            cand --account-id 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]'
            cand --phone-number-id 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]'
            cand --business-id 'Business portfolio id [env: WABA_BUSINESS_ID]'
            cand --app-id 'Meta app id [env: WABA_APP_ID]'
            cand --api-version 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]'
            cand --base-url 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the account''s phone numbers'
            cand show 'Show one phone number in full'
            cand health 'Check quality, status and limits of every number and of the account; exit 8 on problems'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;numbers;list'= {
            cand --limit 'Show at most N numbers'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --profile 'Profile to use [env: WABA_PROFILE]'
            cand --account-id 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]'
            cand --phone-number-id 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]'
            cand --business-id 'Business portfolio id [env: WABA_BUSINESS_ID]'
            cand --app-id 'Meta app id [env: WABA_APP_ID]'
            cand --api-version 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]'
            cand --base-url 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]'
            cand --all 'Fetch every page'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;numbers;show'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --profile 'Profile to use [env: WABA_PROFILE]'
            cand --account-id 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]'
            cand --phone-number-id 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]'
            cand --business-id 'Business portfolio id [env: WABA_BUSINESS_ID]'
            cand --app-id 'Meta app id [env: WABA_APP_ID]'
            cand --api-version 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]'
            cand --base-url 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;numbers;health'= {
            cand --fail-on 'Quality rating at or below which a number fails'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --profile 'Profile to use [env: WABA_PROFILE]'
            cand --account-id 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]'
            cand --phone-number-id 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]'
            cand --business-id 'Business portfolio id [env: WABA_BUSINESS_ID]'
            cand --app-id 'Meta app id [env: WABA_APP_ID]'
            cand --api-version 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]'
            cand --base-url 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;numbers;help'= {
            cand list 'List the account''s phone numbers'
            cand show 'Show one phone number in full'
            cand health 'Check quality, status and limits of every number and of the account; exit 8 on problems'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;numbers;help;list'= {
        }
        &'waba;numbers;help;show'= {
        }
        &'waba;numbers;help;health'= {
        }
        &'waba;numbers;help;help'= {
        }
        &'waba;profile'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --profile 'Profile to use [env: WABA_PROFILE]'
            cand --account-id 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]'
            cand --phone-number-id 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]'
            cand --business-id 'Business portfolio id [env: WABA_BUSINESS_ID]'
            cand --app-id 'Meta app id [env: WABA_APP_ID]'
            cand --api-version 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]'
            cand --base-url 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add (or with --force replace) a profile; prompts on a terminal, flags otherwise'
            cand list 'List profiles'
            cand show 'Show every resolved setting and where it came from (secrets masked)'
            cand use 'Make a profile the default'
            cand remove 'Remove a profile and its secrets'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;profile;add'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --profile 'Profile to use [env: WABA_PROFILE]'
            cand --account-id 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]'
            cand --phone-number-id 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]'
            cand --business-id 'Business portfolio id [env: WABA_BUSINESS_ID]'
            cand --app-id 'Meta app id [env: WABA_APP_ID]'
            cand --api-version 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]'
            cand --base-url 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]'
            cand --token-stdin 'Read the access token from standard input'
            cand --force 'Replace a profile of the same name'
            cand --default 'Make this profile the default (the first profile always is)'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;profile;list'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --profile 'Profile to use [env: WABA_PROFILE]'
            cand --account-id 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]'
            cand --phone-number-id 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]'
            cand --business-id 'Business portfolio id [env: WABA_BUSINESS_ID]'
            cand --app-id 'Meta app id [env: WABA_APP_ID]'
            cand --api-version 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]'
            cand --base-url 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;profile;show'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --profile 'Profile to use [env: WABA_PROFILE]'
            cand --account-id 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]'
            cand --phone-number-id 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]'
            cand --business-id 'Business portfolio id [env: WABA_BUSINESS_ID]'
            cand --app-id 'Meta app id [env: WABA_APP_ID]'
            cand --api-version 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]'
            cand --base-url 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;profile;use'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --profile 'Profile to use [env: WABA_PROFILE]'
            cand --account-id 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]'
            cand --phone-number-id 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]'
            cand --business-id 'Business portfolio id [env: WABA_BUSINESS_ID]'
            cand --app-id 'Meta app id [env: WABA_APP_ID]'
            cand --api-version 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]'
            cand --base-url 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;profile;remove'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --profile 'Profile to use [env: WABA_PROFILE]'
            cand --account-id 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]'
            cand --phone-number-id 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]'
            cand --business-id 'Business portfolio id [env: WABA_BUSINESS_ID]'
            cand --app-id 'Meta app id [env: WABA_APP_ID]'
            cand --api-version 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]'
            cand --base-url 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]'
            cand -y 'Do not ask for confirmation (required when not on a terminal)'
            cand --yes 'Do not ask for confirmation (required when not on a terminal)'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;profile;help'= {
            cand add 'Add (or with --force replace) a profile; prompts on a terminal, flags otherwise'
            cand list 'List profiles'
            cand show 'Show every resolved setting and where it came from (secrets masked)'
            cand use 'Make a profile the default'
            cand remove 'Remove a profile and its secrets'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;profile;help;add'= {
        }
        &'waba;profile;help;list'= {
        }
        &'waba;profile;help;show'= {
        }
        &'waba;profile;help;use'= {
        }
        &'waba;profile;help;remove'= {
        }
        &'waba;profile;help;help'= {
        }
        &'waba;sandbox'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --profile 'Profile to use [env: WABA_PROFILE]'
            cand --account-id 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]'
            cand --phone-number-id 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]'
            cand --business-id 'Business portfolio id [env: WABA_BUSINESS_ID]'
            cand --app-id 'Meta app id [env: WABA_APP_ID]'
            cand --api-version 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]'
            cand --base-url 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand serve 'Serve the sandbox on 127.0.0.1 until interrupted; prints its base URL and token'
            cand reset 'Restore the sandbox''s seeded world (discards every change)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;sandbox;serve'= {
            cand --port 'Port on 127.0.0.1 (0 picks a free one)'
            cand --state 'State file [default: <data dir>/sandbox/state.json]'
            cand --token 'Token clients must send (a random one when absent; this is the sandbox''s, not a Meta token)'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --profile 'Profile to use [env: WABA_PROFILE]'
            cand --account-id 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]'
            cand --phone-number-id 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]'
            cand --business-id 'Business portfolio id [env: WABA_BUSINESS_ID]'
            cand --app-id 'Meta app id [env: WABA_APP_ID]'
            cand --api-version 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]'
            cand --base-url 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;sandbox;reset'= {
            cand --state 'State file [default: <data dir>/sandbox/state.json]'
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --profile 'Profile to use [env: WABA_PROFILE]'
            cand --account-id 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]'
            cand --phone-number-id 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]'
            cand --business-id 'Business portfolio id [env: WABA_BUSINESS_ID]'
            cand --app-id 'Meta app id [env: WABA_APP_ID]'
            cand --api-version 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]'
            cand --base-url 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;sandbox;help'= {
            cand serve 'Serve the sandbox on 127.0.0.1 until interrupted; prints its base URL and token'
            cand reset 'Restore the sandbox''s seeded world (discards every change)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;sandbox;help;serve'= {
        }
        &'waba;sandbox;help;reset'= {
        }
        &'waba;sandbox;help;help'= {
        }
        &'waba;completions'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --profile 'Profile to use [env: WABA_PROFILE]'
            cand --account-id 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]'
            cand --phone-number-id 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]'
            cand --business-id 'Business portfolio id [env: WABA_BUSINESS_ID]'
            cand --app-id 'Meta app id [env: WABA_APP_ID]'
            cand --api-version 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]'
            cand --base-url 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;man'= {
            cand -o 'Output format'
            cand --output 'Output format'
            cand --color 'When to use colour'
            cand --profile 'Profile to use [env: WABA_PROFILE]'
            cand --account-id 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]'
            cand --phone-number-id 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]'
            cand --business-id 'Business portfolio id [env: WABA_BUSINESS_ID]'
            cand --app-id 'Meta app id [env: WABA_APP_ID]'
            cand --api-version 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]'
            cand --base-url 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr'
            cand --quiet 'Only errors on stderr'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;help'= {
            cand numbers 'Phone numbers: quality rating, status, messaging limit, throughput'
            cand profile 'Manage profiles (accounts and their tokens)'
            cand sandbox 'Run or reset the built-in Graph API sandbox'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;help;numbers'= {
            cand list 'List the account''s phone numbers'
            cand show 'Show one phone number in full'
            cand health 'Check quality, status and limits of every number and of the account; exit 8 on problems'
        }
        &'waba;help;numbers;list'= {
        }
        &'waba;help;numbers;show'= {
        }
        &'waba;help;numbers;health'= {
        }
        &'waba;help;profile'= {
            cand add 'Add (or with --force replace) a profile; prompts on a terminal, flags otherwise'
            cand list 'List profiles'
            cand show 'Show every resolved setting and where it came from (secrets masked)'
            cand use 'Make a profile the default'
            cand remove 'Remove a profile and its secrets'
        }
        &'waba;help;profile;add'= {
        }
        &'waba;help;profile;list'= {
        }
        &'waba;help;profile;show'= {
        }
        &'waba;help;profile;use'= {
        }
        &'waba;help;profile;remove'= {
        }
        &'waba;help;sandbox'= {
            cand serve 'Serve the sandbox on 127.0.0.1 until interrupted; prints its base URL and token'
            cand reset 'Restore the sandbox''s seeded world (discards every change)'
        }
        &'waba;help;sandbox;serve'= {
        }
        &'waba;help;sandbox;reset'= {
        }
        &'waba;help;completions'= {
        }
        &'waba;help;man'= {
        }
        &'waba;help;help'= {
        }
    ]
    $completions[$command]
}

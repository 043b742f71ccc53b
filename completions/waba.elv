
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand auth 'The access token: validity, expiry, scopes and app (Meta''s debug_token)'
            cand limits 'Messaging limits: the live limit, log replays, what-ifs and schedules'
            cand media 'Media: upload, show, download (SHA-256 verified) and delete media objects'
            cand messages 'Messages received: mark as read, typing indicator'
            cand numbers 'Phone numbers: quality rating, status, messaging limit, throughput'
            cand pricing 'What messages cost: simulate a log, estimate a month, show rate cards (offline)'
            cand profile 'Manage profiles (accounts and their tokens)'
            cand templates 'Message templates as code: list, create, wait, pull, plan, apply; lint files offline'
            cand sandbox 'Run or reset the built-in Graph API sandbox'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff), or write one page per command'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;auth'= {
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Check the access token with Meta: validity, expiry, scopes and app; exit 4 when it is invalid'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;auth;status'= {
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;auth;help'= {
            cand status 'Check the access token with Meta: validity, expiry, scopes and app; exit 4 when it is invalid'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;auth;help;status'= {
        }
        &'waba;auth;help;help'= {
        }
        &'waba;limits'= {
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'The account''s messaging limit now, each number''s quality and status, and what the next level needs'
            cand check 'Replay an event log against the limits; exit 8 when a send would have been blocked'
            cand simulate 'What-if: the limit day by day for a planned volume'
            cand plan 'The fastest schedule the rules allow from one tier to another'
            cand throughput 'A number''s throughput level, what it means, and the webhook capacity it needs'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;limits;show'= {
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;limits;check'= {
            cand --format 'Format of the log [default: from the extension: .csv → csv, .jsonl or .ndjson → jsonl; jsonl for other names and standard input]'
            cand --start-tier 'The messaging limit at the start of the log: 250, 1K, 2K, 10K, 100K, unlimited'
            cand --regime 'Force one regime instead of choosing by date (per-portfolio from 2025-10-07)'
            cand --timezone 'The WABA''s time zone (IANA name): when 2025-10-07 begins'
            cand --quality 'Quality ratings over time, CSV `ts,quality` (high|medium|low); High when not given'
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
            cand --sort 'Sort the events by time first, in memory (stable; about 80 bytes an event plus ids)'
            cand --skip-invalid 'Skip lines that cannot be read, count them and report them on stderr, instead of stopping'
            cand --verified 'The business is verified (per-portfolio: starts at 2K; per-number: the half-limit path out of 250)'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;limits;simulate'= {
            cand --start-tier 'The limit on day 1: 250, 1K, 2K, 10K, 100K, unlimited'
            cand --regime 'Which rules: per-number (until 2025-10-06) or per-portfolio (from 2025-10-07)'
            cand --days 'Days to simulate (default: the plan''s length; with --daily, 14)'
            cand --daily 'The same number of new unique users every day'
            cand --plan 'A CSV plan: day,new_unique_users[,quality] (quality high|medium|low, default high)'
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
            cand --verified 'The business is verified'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;limits;plan'= {
            cand --target 'The tier to reach: 1K, 2K, 10K, 100K, unlimited'
            cand --from 'The tier to start from'
            cand --regime 'Which rules: per-number (until 2025-10-06) or per-portfolio (from 2025-10-07)'
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
            cand --verified 'The business is verified'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;limits;throughput'= {
            cand --level 'Explain this level instead of reading the number''s: standard (80 msg/s) or high (1,000 msg/s)'
            cand --reply-ratio 'Share of sent messages that users answer, for the webhook estimate (0 to 1)'
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
            cand --shared-with-business-app 'The number is also used in the WhatsApp Business app (coexistence: 20 msg/s)'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;limits;help'= {
            cand show 'The account''s messaging limit now, each number''s quality and status, and what the next level needs'
            cand check 'Replay an event log against the limits; exit 8 when a send would have been blocked'
            cand simulate 'What-if: the limit day by day for a planned volume'
            cand plan 'The fastest schedule the rules allow from one tier to another'
            cand throughput 'A number''s throughput level, what it means, and the webhook capacity it needs'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;limits;help;show'= {
        }
        &'waba;limits;help;check'= {
        }
        &'waba;limits;help;simulate'= {
        }
        &'waba;limits;help;plan'= {
        }
        &'waba;limits;help;throughput'= {
        }
        &'waba;limits;help;help'= {
        }
        &'waba;media'= {
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand upload 'Upload a file (type and size checked against Meta''s limits first); prints the media id'
            cand show 'Show a media object: download URL (valid 5 minutes), MIME type, SHA-256, size'
            cand download 'Download a media object to a file, verifying its SHA-256'
            cand delete 'Delete a media object'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;media;upload'= {
            cand --type 'Its MIME type (default: from the file name''s extension)'
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;media;show'= {
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;media;download'= {
            cand --to 'Where to write the file (`-` for standard output); default `<ID>.<ext>` here'
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
            cand --force 'Overwrite the file if it exists'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;media;delete'= {
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;media;help'= {
            cand upload 'Upload a file (type and size checked against Meta''s limits first); prints the media id'
            cand show 'Show a media object: download URL (valid 5 minutes), MIME type, SHA-256, size'
            cand download 'Download a media object to a file, verifying its SHA-256'
            cand delete 'Delete a media object'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;media;help;upload'= {
        }
        &'waba;media;help;show'= {
        }
        &'waba;media;help;download'= {
        }
        &'waba;media;help;delete'= {
        }
        &'waba;media;help;help'= {
        }
        &'waba;messages'= {
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand read 'Mark a received message as read (blue ticks), optionally showing the typing indicator'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;messages;read'= {
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
            cand --typing 'Also show the typing indicator'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;messages;help'= {
            cand read 'Mark a received message as read (blue ticks), optionally showing the typing indicator'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;messages;help;read'= {
        }
        &'waba;messages;help;help'= {
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;numbers;health'= {
            cand --fail-on 'The verdict at or above which the check fails (exit 8)'
            cand --fail-quality 'Quality rating at or below which a number fails'
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
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
        &'waba;pricing'= {
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand simulate 'Price an event log: totals by category, market and month; --explain for every event'
            cand estimate 'Estimate a planned month from message counts'
            cand rates 'Show the rate card in force on a date'
            cand market 'Show which market a phone number is billed in, and why; without one, list the markets'
            cand compare 'Price the same log under every regime, side by side'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;pricing;simulate'= {
            cand --format 'Format of the log [default: from the extension: .csv → csv, .jsonl or .ndjson → jsonl; jsonl for other names and standard input]'
            cand --timezone 'The WABA''s time zone (IANA name): month boundaries and regime switches'
            cand --rate-card 'Meta''s rate-card CSV (Market,Currency,Marketing,Utility,…) to use instead of the built-in cards'
            cand --tiers 'Meta''s volume-tier CSV ("Tier Pricing"); without it list rates apply'
            cand --business-country 'Primary business location (ISO 3166 alpha-2), for authentication-international'
            cand --auth-intl-start 'When authentication-international starts being charged (YYYY-MM-DD or RFC 3339)'
            cand --bsp-fee 'A provider''s fee per sent and received message, e.g. 0.002 (shown as its own line)'
            cand --regime 'Price everything under one regime (what-if): cbp-2022, cbp-2023, pmp-2025, pmp-2026-10'
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
            cand --sort 'Sort the events by time first, in memory (stable; about 80 bytes an event plus ids)'
            cand --skip-invalid 'Skip lines that cannot be read, count them and report them on stderr, instead of stopping'
            cand --explain 'Add one row per event: market, pricing model, type, category, rate, cost, conversation, reason'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;pricing;estimate'= {
            cand --market 'The market: its name on the rate card (India, "North America", "Rest of Africa", Other), a country''s ISO code or name (IN, Kenya) or a number in it (+919876500003)'
            cand --marketing 'Marketing templates (conversations under conversation-based pricing)'
            cand --utility 'Utility templates charged (outside a customer-service window)'
            cand --authentication 'Authentication templates'
            cand --service 'Service (non-template) messages, for one business phone number'
            cand --date 'A day of the planned month (YYYY-MM-DD); picks the regime and the card; default today (UTC)'
            cand --timezone 'The WABA''s time zone (IANA name): month boundaries and regime switches'
            cand --rate-card 'Meta''s rate-card CSV (Market,Currency,Marketing,Utility,…) to use instead of the built-in cards'
            cand --tiers 'Meta''s volume-tier CSV ("Tier Pricing"); without it list rates apply'
            cand --business-country 'Primary business location (ISO 3166 alpha-2), for authentication-international'
            cand --auth-intl-start 'When authentication-international starts being charged (YYYY-MM-DD or RFC 3339)'
            cand --bsp-fee 'A provider''s fee per sent and received message, e.g. 0.002 (shown as its own line)'
            cand --regime 'Price everything under one regime (what-if): cbp-2022, cbp-2023, pmp-2025, pmp-2026-10'
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;pricing;rates'= {
            cand --date 'The date (YYYY-MM-DD); default today (UTC)'
            cand --market 'Only this market: its name on the card (India, "North America", Other), a country''s ISO code or name (IN, Kenya) or a number in it (+919876500003)'
            cand --rate-card 'Meta''s rate-card CSV to show instead of the built-in cards'
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;pricing;market'= {
            cand --date 'The date (YYYY-MM-DD): markets move between cards; default today (UTC)'
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;pricing;compare'= {
            cand --format 'Format of the log [default: from the extension: .csv → csv, .jsonl or .ndjson → jsonl; jsonl for other names and standard input]'
            cand --timezone 'The WABA''s time zone (IANA name): month boundaries and regime switches'
            cand --rate-card 'Meta''s rate-card CSV (Market,Currency,Marketing,Utility,…) to use instead of the built-in cards'
            cand --tiers 'Meta''s volume-tier CSV ("Tier Pricing"); without it list rates apply'
            cand --business-country 'Primary business location (ISO 3166 alpha-2), for authentication-international'
            cand --auth-intl-start 'When authentication-international starts being charged (YYYY-MM-DD or RFC 3339)'
            cand --bsp-fee 'A provider''s fee per sent and received message, e.g. 0.002 (shown as its own line)'
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
            cand --sort 'Sort the events by time first, in memory (stable; about 80 bytes an event plus ids)'
            cand --skip-invalid 'Skip lines that cannot be read, count them and report them on stderr, instead of stopping'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;pricing;help'= {
            cand simulate 'Price an event log: totals by category, market and month; --explain for every event'
            cand estimate 'Estimate a planned month from message counts'
            cand rates 'Show the rate card in force on a date'
            cand market 'Show which market a phone number is billed in, and why; without one, list the markets'
            cand compare 'Price the same log under every regime, side by side'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;pricing;help;simulate'= {
        }
        &'waba;pricing;help;estimate'= {
        }
        &'waba;pricing;help;rates'= {
        }
        &'waba;pricing;help;market'= {
        }
        &'waba;pricing;help;compare'= {
        }
        &'waba;pricing;help;help'= {
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add (or with --force replace) a profile; prompts on a terminal, flags otherwise'
            cand set 'Change a profile''s ids or API version; its stored token is kept'
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
            cand --force 'Replace a profile of the same name (its stored token is kept unless a new one is given)'
            cand --default 'Make this profile the default (the first profile always is)'
            cand --check 'Check the token with Meta (debug_token) after saving; exit 4 when it is invalid. On a terminal waba offers the check anyway'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;profile;set'= {
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;profile;help'= {
            cand add 'Add (or with --force replace) a profile; prompts on a terminal, flags otherwise'
            cand set 'Change a profile''s ids or API version; its stored token is kept'
            cand list 'List profiles'
            cand show 'Show every resolved setting and where it came from (secrets masked)'
            cand use 'Make a profile the default'
            cand remove 'Remove a profile and its secrets'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;profile;help;add'= {
        }
        &'waba;profile;help;set'= {
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
        &'waba;templates'= {
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the account''s templates: name, language, category, status, quality'
            cand show 'Show one template in full, or as a template file (--as-file toml|json)'
            cand create 'Lint template files, upload their media headers and submit them for review'
            cand edit 'Change an existing template from its file, where Meta allows edits'
            cand delete 'Delete a template: every language, or one with --language'
            cand wait 'Wait until review approves (exit 0) or rejects (exit 8) a template, or --all'
            cand pull 'Write the account''s templates as files (<name>/<language>.toml)'
            cand plan 'Compare a directory of files with the account; exit 8 when they differ'
            cand apply 'Make the account match a directory of files: create, edit, --prune to delete'
            cand lint 'Check template files offline against Meta''s rules; exit 8 on errors'
            cand rules 'List the lint rules with their severity and source'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;templates;list'= {
            cand --status 'Only templates in this status (APPROVED, PENDING, REJECTED, PAUSED, DISABLED, …)'
            cand --category 'Only this category (MARKETING, UTILITY, AUTHENTICATION)'
            cand --language 'Only this language, e.g. en_US'
            cand --name 'Only templates with this name'
            cand --limit 'Show at most N templates'
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;templates;show'= {
            cand --language 'Its language (needed when the template exists in several)'
            cand --as-file 'Print the template file (Meta''s create payload) in this format instead of the template'
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;templates;create'= {
            cand --timeout 'With --wait: give up after this long (exit 9), e.g. 90s, 10m, 1h'
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
            cand --dry-run 'Print the requests instead of sending them (media headers are not uploaded)'
            cand --deny-warnings 'Refuse (exit 8) files with lint warnings too, before anything is sent'
            cand --wait 'Then wait until review decides every template submitted (exit 8 when any is not approved)'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;templates;edit'= {
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;templates;delete'= {
            cand --language 'Delete only this language (by its template id)'
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;templates;wait'= {
            cand --language 'Its language, e.g. en_US (needed only when the name exists in several)'
            cand --until 'What counts as done'
            cand --timeout 'Give up after this long: e.g. 90s, 10m, 1h'
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
            cand --all 'Wait for everything just submitted (see below) instead of one template'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;templates;pull'= {
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
            cand --force 'Overwrite files that differ from the account''s template (and rewrite those that say the same differently)'
            cand --prune 'Delete local files whose template is no longer on the account'
            cand -y 'Do not ask before deleting files with --prune (required when not on a terminal)'
            cand --yes 'Do not ask before deleting files with --prune (required when not on a terminal)'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;templates;plan'= {
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
            cand --prune 'Plan as `apply --prune` would: templates on the account that have no file become deletions'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;templates;apply'= {
            cand --timeout 'With --wait: give up after this long (exit 9), e.g. 90s, 10m, 1h'
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
            cand --prune 'Also delete templates that exist on the account but have no file in DIR'
            cand --allow-mass-delete 'Allow --prune to delete more than 10 templates, or more than half of the account''s'
            cand --deny-warnings 'Treat lint warnings as errors: send nothing when any file has one'
            cand -y 'Do not ask for confirmation (required when not on a terminal)'
            cand --yes 'Do not ask for confirmation (required when not on a terminal)'
            cand --wait 'Then wait until review decides every template submitted (exit 8 when any is not approved)'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;templates;lint'= {
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
            cand --deny-warnings 'Fail (exit 8) on warnings too'
            cand -v 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand --verbose 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)'
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;templates;rules'= {
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;templates;help'= {
            cand list 'List the account''s templates: name, language, category, status, quality'
            cand show 'Show one template in full, or as a template file (--as-file toml|json)'
            cand create 'Lint template files, upload their media headers and submit them for review'
            cand edit 'Change an existing template from its file, where Meta allows edits'
            cand delete 'Delete a template: every language, or one with --language'
            cand wait 'Wait until review approves (exit 0) or rejects (exit 8) a template, or --all'
            cand pull 'Write the account''s templates as files (<name>/<language>.toml)'
            cand plan 'Compare a directory of files with the account; exit 8 when they differ'
            cand apply 'Make the account match a directory of files: create, edit, --prune to delete'
            cand lint 'Check template files offline against Meta''s rules; exit 8 on errors'
            cand rules 'List the lint rules with their severity and source'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;templates;help;list'= {
        }
        &'waba;templates;help;show'= {
        }
        &'waba;templates;help;create'= {
        }
        &'waba;templates;help;edit'= {
        }
        &'waba;templates;help;delete'= {
        }
        &'waba;templates;help;wait'= {
        }
        &'waba;templates;help;pull'= {
        }
        &'waba;templates;help;plan'= {
        }
        &'waba;templates;help;apply'= {
        }
        &'waba;templates;help;lint'= {
        }
        &'waba;templates;help;rules'= {
        }
        &'waba;templates;help;help'= {
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand serve 'Serve the sandbox on 127.0.0.1 until interrupted; prints its base URL and token'
            cand reset 'Restore the sandbox''s seeded world (discards every change)'
            cand status 'Show where the sandbox''s world lives, whether a server runs, and what it holds'
            cand inbound 'Simulate a user writing in (opens their customer-service window)'
            cand messages 'List the messages the sandbox received, with their statuses and pricing'
            cand log 'Export the sandbox''s messages as an event log for `pricing simulate` and `limits check`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;sandbox;serve'= {
            cand --port 'Port on 127.0.0.1 (0 picks a free one)'
            cand --state 'World database [default: <data dir>/sandbox/world.db]'
            cand --token 'Token clients must send (a random one when absent; this is the sandbox''s, not a Meta token)'
            cand --throughput 'Message throughput: each number''s level as Meta enforces it (80 or 1,000 msg/s, then 130429), or unlimited for load tests (the pair rate and the messaging limit still apply)'
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;sandbox;reset'= {
            cand --state 'World database [default: <data dir>/sandbox/world.db]'
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;sandbox;status'= {
            cand --state 'World database [default: <data dir>/sandbox/world.db]'
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;sandbox;inbound'= {
            cand --from 'The user writing in, in E.164 (+ and digits)'
            cand --text 'The message text; `-` reads standard input'
            cand --to-number 'The business phone-number id written to [default: the sandbox''s primary number]'
            cand --state 'World database [default: <data dir>/sandbox/world.db]'
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;sandbox;messages'= {
            cand --to 'Only messages to or from this user (E.164)'
            cand --limit 'Show at most the N most recent messages'
            cand --state 'World database [default: <data dir>/sandbox/world.db]'
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;sandbox;log'= {
            cand --to 'Only messages to or from this user (E.164)'
            cand --state 'World database [default: <data dir>/sandbox/world.db]'
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;sandbox;help'= {
            cand serve 'Serve the sandbox on 127.0.0.1 until interrupted; prints its base URL and token'
            cand reset 'Restore the sandbox''s seeded world (discards every change)'
            cand status 'Show where the sandbox''s world lives, whether a server runs, and what it holds'
            cand inbound 'Simulate a user writing in (opens their customer-service window)'
            cand messages 'List the messages the sandbox received, with their statuses and pricing'
            cand log 'Export the sandbox''s messages as an event log for `pricing simulate` and `limits check`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;sandbox;help;serve'= {
        }
        &'waba;sandbox;help;reset'= {
        }
        &'waba;sandbox;help;status'= {
        }
        &'waba;sandbox;help;inbound'= {
        }
        &'waba;sandbox;help;messages'= {
        }
        &'waba;sandbox;help;log'= {
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;man'= {
            cand --dir 'Write waba.1 and one page per command (waba-templates-apply.1, …) into DIR, created if missing'
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
            cand -q 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --quiet 'Only errors on stderr; no assumptions; a check that passes prints nothing'
            cand --no-input 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes'
            cand --no-assumptions 'Leave the assumptions behind estimates out of tables (JSON keeps them)'
            cand --sandbox 'Use the built-in sandbox (a local Graph API emulator) instead of Meta'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'waba;help'= {
            cand auth 'The access token: validity, expiry, scopes and app (Meta''s debug_token)'
            cand limits 'Messaging limits: the live limit, log replays, what-ifs and schedules'
            cand media 'Media: upload, show, download (SHA-256 verified) and delete media objects'
            cand messages 'Messages received: mark as read, typing indicator'
            cand numbers 'Phone numbers: quality rating, status, messaging limit, throughput'
            cand pricing 'What messages cost: simulate a log, estimate a month, show rate cards (offline)'
            cand profile 'Manage profiles (accounts and their tokens)'
            cand templates 'Message templates as code: list, create, wait, pull, plan, apply; lint files offline'
            cand sandbox 'Run or reset the built-in Graph API sandbox'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff), or write one page per command'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'waba;help;auth'= {
            cand status 'Check the access token with Meta: validity, expiry, scopes and app; exit 4 when it is invalid'
        }
        &'waba;help;auth;status'= {
        }
        &'waba;help;limits'= {
            cand show 'The account''s messaging limit now, each number''s quality and status, and what the next level needs'
            cand check 'Replay an event log against the limits; exit 8 when a send would have been blocked'
            cand simulate 'What-if: the limit day by day for a planned volume'
            cand plan 'The fastest schedule the rules allow from one tier to another'
            cand throughput 'A number''s throughput level, what it means, and the webhook capacity it needs'
        }
        &'waba;help;limits;show'= {
        }
        &'waba;help;limits;check'= {
        }
        &'waba;help;limits;simulate'= {
        }
        &'waba;help;limits;plan'= {
        }
        &'waba;help;limits;throughput'= {
        }
        &'waba;help;media'= {
            cand upload 'Upload a file (type and size checked against Meta''s limits first); prints the media id'
            cand show 'Show a media object: download URL (valid 5 minutes), MIME type, SHA-256, size'
            cand download 'Download a media object to a file, verifying its SHA-256'
            cand delete 'Delete a media object'
        }
        &'waba;help;media;upload'= {
        }
        &'waba;help;media;show'= {
        }
        &'waba;help;media;download'= {
        }
        &'waba;help;media;delete'= {
        }
        &'waba;help;messages'= {
            cand read 'Mark a received message as read (blue ticks), optionally showing the typing indicator'
        }
        &'waba;help;messages;read'= {
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
        &'waba;help;pricing'= {
            cand simulate 'Price an event log: totals by category, market and month; --explain for every event'
            cand estimate 'Estimate a planned month from message counts'
            cand rates 'Show the rate card in force on a date'
            cand market 'Show which market a phone number is billed in, and why; without one, list the markets'
            cand compare 'Price the same log under every regime, side by side'
        }
        &'waba;help;pricing;simulate'= {
        }
        &'waba;help;pricing;estimate'= {
        }
        &'waba;help;pricing;rates'= {
        }
        &'waba;help;pricing;market'= {
        }
        &'waba;help;pricing;compare'= {
        }
        &'waba;help;profile'= {
            cand add 'Add (or with --force replace) a profile; prompts on a terminal, flags otherwise'
            cand set 'Change a profile''s ids or API version; its stored token is kept'
            cand list 'List profiles'
            cand show 'Show every resolved setting and where it came from (secrets masked)'
            cand use 'Make a profile the default'
            cand remove 'Remove a profile and its secrets'
        }
        &'waba;help;profile;add'= {
        }
        &'waba;help;profile;set'= {
        }
        &'waba;help;profile;list'= {
        }
        &'waba;help;profile;show'= {
        }
        &'waba;help;profile;use'= {
        }
        &'waba;help;profile;remove'= {
        }
        &'waba;help;templates'= {
            cand list 'List the account''s templates: name, language, category, status, quality'
            cand show 'Show one template in full, or as a template file (--as-file toml|json)'
            cand create 'Lint template files, upload their media headers and submit them for review'
            cand edit 'Change an existing template from its file, where Meta allows edits'
            cand delete 'Delete a template: every language, or one with --language'
            cand wait 'Wait until review approves (exit 0) or rejects (exit 8) a template, or --all'
            cand pull 'Write the account''s templates as files (<name>/<language>.toml)'
            cand plan 'Compare a directory of files with the account; exit 8 when they differ'
            cand apply 'Make the account match a directory of files: create, edit, --prune to delete'
            cand lint 'Check template files offline against Meta''s rules; exit 8 on errors'
            cand rules 'List the lint rules with their severity and source'
        }
        &'waba;help;templates;list'= {
        }
        &'waba;help;templates;show'= {
        }
        &'waba;help;templates;create'= {
        }
        &'waba;help;templates;edit'= {
        }
        &'waba;help;templates;delete'= {
        }
        &'waba;help;templates;wait'= {
        }
        &'waba;help;templates;pull'= {
        }
        &'waba;help;templates;plan'= {
        }
        &'waba;help;templates;apply'= {
        }
        &'waba;help;templates;lint'= {
        }
        &'waba;help;templates;rules'= {
        }
        &'waba;help;sandbox'= {
            cand serve 'Serve the sandbox on 127.0.0.1 until interrupted; prints its base URL and token'
            cand reset 'Restore the sandbox''s seeded world (discards every change)'
            cand status 'Show where the sandbox''s world lives, whether a server runs, and what it holds'
            cand inbound 'Simulate a user writing in (opens their customer-service window)'
            cand messages 'List the messages the sandbox received, with their statuses and pricing'
            cand log 'Export the sandbox''s messages as an event log for `pricing simulate` and `limits check`'
        }
        &'waba;help;sandbox;serve'= {
        }
        &'waba;help;sandbox;reset'= {
        }
        &'waba;help;sandbox;status'= {
        }
        &'waba;help;sandbox;inbound'= {
        }
        &'waba;help;sandbox;messages'= {
        }
        &'waba;help;sandbox;log'= {
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

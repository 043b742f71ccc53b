
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'waba' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'waba'
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
        'waba' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'The access token: validity, expiry, scopes and app (Meta''s debug_token)')
            [CompletionResult]::new('limits', 'limits', [CompletionResultType]::ParameterValue, 'Messaging limits: the live limit, log replays, what-ifs and schedules')
            [CompletionResult]::new('media', 'media', [CompletionResultType]::ParameterValue, 'Media: upload, show, download (SHA-256 verified) and delete media objects')
            [CompletionResult]::new('messages', 'messages', [CompletionResultType]::ParameterValue, 'Messages received: mark as read, typing indicator')
            [CompletionResult]::new('numbers', 'numbers', [CompletionResultType]::ParameterValue, 'Phone numbers: quality rating, status, messaging limit, throughput')
            [CompletionResult]::new('pricing', 'pricing', [CompletionResultType]::ParameterValue, 'What messages cost: simulate a log, estimate a month, show rate cards (offline)')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage profiles (accounts and their tokens)')
            [CompletionResult]::new('templates', 'templates', [CompletionResultType]::ParameterValue, 'Message templates as code: list, create, wait, pull, plan, apply; lint files offline')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send messages of every type, checked before they leave and never sent twice')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a number: code, two-step PIN, the whole picture, Official Business Account')
            [CompletionResult]::new('webhooks', 'webhooks', [CompletionResultType]::ParameterValue, 'Webhooks: listen with signature checks, trigger and replay signed events')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run or reset the built-in Graph API sandbox')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff), or write one page per command')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;auth' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Check the access token with Meta: validity, expiry, scopes and app; exit 4 when it is invalid')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;auth;status' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;auth;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Check the access token with Meta: validity, expiry, scopes and app; exit 4 when it is invalid')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;auth;help;status' {
            break
        }
        'waba;auth;help;help' {
            break
        }
        'waba;limits' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The account''s messaging limit now, each number''s quality and status, and what the next level needs')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Replay an event log against the limits; exit 8 when a send would have been blocked')
            [CompletionResult]::new('simulate', 'simulate', [CompletionResultType]::ParameterValue, 'What-if: the limit day by day for a planned volume')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'The fastest schedule the rules allow from one tier to another')
            [CompletionResult]::new('throughput', 'throughput', [CompletionResultType]::ParameterValue, 'A number''s throughput level, what it means, and the webhook capacity it needs')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;limits;show' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;limits;check' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format of the log [default: from the extension: .csv → csv, .jsonl or .ndjson → jsonl; jsonl for other names and standard input]')
            [CompletionResult]::new('--start-tier', '--start-tier', [CompletionResultType]::ParameterName, 'The messaging limit at the start of the log: 250, 1K, 2K, 10K, 100K, unlimited')
            [CompletionResult]::new('--regime', '--regime', [CompletionResultType]::ParameterName, 'Force one regime instead of choosing by date (per-portfolio from 2025-10-07)')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'The WABA''s time zone (IANA name): when 2025-10-07 begins')
            [CompletionResult]::new('--quality', '--quality', [CompletionResultType]::ParameterName, 'Quality ratings over time, CSV `ts,quality` (high|medium|low); High when not given')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort the events by time first, in memory (stable; about 80 bytes an event plus ids)')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Skip lines that cannot be read, count them and report them on stderr, instead of stopping')
            [CompletionResult]::new('--verified', '--verified', [CompletionResultType]::ParameterName, 'The business is verified (per-portfolio: starts at 2K; per-number: the half-limit path out of 250)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;limits;simulate' {
            [CompletionResult]::new('--start-tier', '--start-tier', [CompletionResultType]::ParameterName, 'The limit on day 1: 250, 1K, 2K, 10K, 100K, unlimited')
            [CompletionResult]::new('--regime', '--regime', [CompletionResultType]::ParameterName, 'Which rules: per-number (until 2025-10-06) or per-portfolio (from 2025-10-07)')
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'Days to simulate (default: the plan''s length; with --daily, 14)')
            [CompletionResult]::new('--daily', '--daily', [CompletionResultType]::ParameterName, 'The same number of new unique users every day')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'A CSV plan: day,new_unique_users[,quality] (quality high|medium|low, default high)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--verified', '--verified', [CompletionResultType]::ParameterName, 'The business is verified')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;limits;plan' {
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The tier to reach: 1K, 2K, 10K, 100K, unlimited')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The tier to start from')
            [CompletionResult]::new('--regime', '--regime', [CompletionResultType]::ParameterName, 'Which rules: per-number (until 2025-10-06) or per-portfolio (from 2025-10-07)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--verified', '--verified', [CompletionResultType]::ParameterName, 'The business is verified')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;limits;throughput' {
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Explain this level instead of reading the number''s: standard (80 msg/s) or high (1,000 msg/s)')
            [CompletionResult]::new('--reply-ratio', '--reply-ratio', [CompletionResultType]::ParameterName, 'Share of sent messages that users answer, for the webhook estimate (0 to 1)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--shared-with-business-app', '--shared-with-business-app', [CompletionResultType]::ParameterName, 'The number is also used in the WhatsApp Business app (coexistence: 20 msg/s)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;limits;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The account''s messaging limit now, each number''s quality and status, and what the next level needs')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Replay an event log against the limits; exit 8 when a send would have been blocked')
            [CompletionResult]::new('simulate', 'simulate', [CompletionResultType]::ParameterValue, 'What-if: the limit day by day for a planned volume')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'The fastest schedule the rules allow from one tier to another')
            [CompletionResult]::new('throughput', 'throughput', [CompletionResultType]::ParameterValue, 'A number''s throughput level, what it means, and the webhook capacity it needs')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;limits;help;show' {
            break
        }
        'waba;limits;help;check' {
            break
        }
        'waba;limits;help;simulate' {
            break
        }
        'waba;limits;help;plan' {
            break
        }
        'waba;limits;help;throughput' {
            break
        }
        'waba;limits;help;help' {
            break
        }
        'waba;media' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload a file (type and size checked against Meta''s limits first); prints the media id')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a media object: download URL (valid 5 minutes), MIME type, SHA-256, size')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download a media object to a file, verifying its SHA-256')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a media object')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;media;upload' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Its MIME type (default: from the file name''s extension)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;media;show' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;media;download' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Where to write the file (`-` for standard output); default `<ID>.<ext>` here')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite the file if it exists')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;media;delete' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;media;help' {
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload a file (type and size checked against Meta''s limits first); prints the media id')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a media object: download URL (valid 5 minutes), MIME type, SHA-256, size')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download a media object to a file, verifying its SHA-256')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a media object')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;media;help;upload' {
            break
        }
        'waba;media;help;show' {
            break
        }
        'waba;media;help;download' {
            break
        }
        'waba;media;help;delete' {
            break
        }
        'waba;media;help;help' {
            break
        }
        'waba;messages' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('read', 'read', [CompletionResultType]::ParameterValue, 'Mark a received message as read (blue ticks), optionally showing the typing indicator')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;messages;read' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--typing', '--typing', [CompletionResultType]::ParameterName, 'Also show the typing indicator')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;messages;help' {
            [CompletionResult]::new('read', 'read', [CompletionResultType]::ParameterValue, 'Mark a received message as read (blue ticks), optionally showing the typing indicator')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;messages;help;read' {
            break
        }
        'waba;messages;help;help' {
            break
        }
        'waba;numbers' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s phone numbers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one phone number in full')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Check quality, status and limits of every number and of the account; exit 8 on problems')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a phone number to the account (checked first; the portfolio''s allowance explained)')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register the number on the Cloud API with its two-step PIN (read from stdin or a prompt)')
            [CompletionResult]::new('deregister', 'deregister', [CompletionResultType]::ParameterValue, 'Deregister the number from the Cloud API (asks first; --yes when not on a terminal)')
            [CompletionResult]::new('display-name', 'display-name', [CompletionResultType]::ParameterValue, 'The number''s display name: check it offline, submit it for review, see the review')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'The number''s business profile: about, address, description, email, websites, vertical')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;numbers;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N numbers')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;numbers;show' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;numbers;health' {
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'The verdict at or above which the check fails (exit 8)')
            [CompletionResult]::new('--fail-quality', '--fail-quality', [CompletionResultType]::ParameterName, 'Quality rating at or below which a number fails')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;numbers;add' {
            [CompletionResult]::new('--cc', '--cc', [CompletionResultType]::ParameterName, 'Country calling code, e.g. 1 (US, Canada), 44 (UK), 91 (India)')
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'The national number with its area code, without the country code')
            [CompletionResult]::new('--verified-name', '--verified-name', [CompletionResultType]::ParameterName, 'The display name to submit for review (2 to 75 characters)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--no-lint', '--no-lint', [CompletionResultType]::ParameterName, 'Submit the name even when it breaks waba''s display-name rules')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;numbers;register' {
            [CompletionResult]::new('--data-localization-region', '--data-localization-region', [CompletionResultType]::ParameterName, 'Store message data at rest in this country, where Meta offers it (AE AU BH BR CA CH DE GB ID IN JP KR SG ZA)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--pin-stdin', '--pin-stdin', [CompletionResultType]::ParameterName, 'Read the two-step PIN from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;numbers;deregister' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;numbers;display-name' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check a display name offline against Meta''s formatting guidelines; exit 8 when it fails')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Submit a new display name for Meta''s review, after checking it offline')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The number''s display name, its review status and what it means')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;numbers;display-name;lint' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;numbers;display-name;set' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--no-lint', '--no-lint', [CompletionResultType]::ParameterName, 'Submit the name even when it breaks waba''s display-name rules')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;numbers;display-name;status' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;numbers;display-name;help' {
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check a display name offline against Meta''s formatting guidelines; exit 8 when it fails')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Submit a new display name for Meta''s review, after checking it offline')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The number''s display name, its review status and what it means')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;numbers;display-name;help;lint' {
            break
        }
        'waba;numbers;display-name;help;set' {
            break
        }
        'waba;numbers;display-name;help;status' {
            break
        }
        'waba;numbers;display-name;help;help' {
            break
        }
        'waba;numbers;profile' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the number''s business profile')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change fields of the number''s business profile (others stay as they are)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;numbers;profile;show' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;numbers;profile;set' {
            [CompletionResult]::new('--about', '--about', [CompletionResultType]::ParameterName, 'The "About" text, 1 to 139 characters')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'The business''s address, up to 256 characters')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A description of the business, up to 512 characters')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Contact email, up to 128 characters')
            [CompletionResult]::new('--website', '--website', [CompletionResultType]::ParameterName, 'A website, http:// or https:// (repeat for a second; at most 2)')
            [CompletionResult]::new('--vertical', '--vertical', [CompletionResultType]::ParameterName, 'The industry, one of Meta''s verticals (e.g. RETAIL, RESTAURANT, PROF_SERVICES)')
            [CompletionResult]::new('--picture', '--picture', [CompletionResultType]::ParameterName, 'A profile picture: a JPEG or PNG file of at most 5 MB')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;numbers;profile;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the number''s business profile')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change fields of the number''s business profile (others stay as they are)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;numbers;profile;help;show' {
            break
        }
        'waba;numbers;profile;help;set' {
            break
        }
        'waba;numbers;profile;help;help' {
            break
        }
        'waba;numbers;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s phone numbers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one phone number in full')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Check quality, status and limits of every number and of the account; exit 8 on problems')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a phone number to the account (checked first; the portfolio''s allowance explained)')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register the number on the Cloud API with its two-step PIN (read from stdin or a prompt)')
            [CompletionResult]::new('deregister', 'deregister', [CompletionResultType]::ParameterValue, 'Deregister the number from the Cloud API (asks first; --yes when not on a terminal)')
            [CompletionResult]::new('display-name', 'display-name', [CompletionResultType]::ParameterValue, 'The number''s display name: check it offline, submit it for review, see the review')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'The number''s business profile: about, address, description, email, websites, vertical')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;numbers;help;list' {
            break
        }
        'waba;numbers;help;show' {
            break
        }
        'waba;numbers;help;health' {
            break
        }
        'waba;numbers;help;add' {
            break
        }
        'waba;numbers;help;register' {
            break
        }
        'waba;numbers;help;deregister' {
            break
        }
        'waba;numbers;help;display-name' {
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check a display name offline against Meta''s formatting guidelines; exit 8 when it fails')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Submit a new display name for Meta''s review, after checking it offline')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The number''s display name, its review status and what it means')
            break
        }
        'waba;numbers;help;display-name;lint' {
            break
        }
        'waba;numbers;help;display-name;set' {
            break
        }
        'waba;numbers;help;display-name;status' {
            break
        }
        'waba;numbers;help;profile' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the number''s business profile')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change fields of the number''s business profile (others stay as they are)')
            break
        }
        'waba;numbers;help;profile;show' {
            break
        }
        'waba;numbers;help;profile;set' {
            break
        }
        'waba;numbers;help;help' {
            break
        }
        'waba;pricing' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('simulate', 'simulate', [CompletionResultType]::ParameterValue, 'Price an event log: totals by category, market and month; --explain for every event')
            [CompletionResult]::new('estimate', 'estimate', [CompletionResultType]::ParameterValue, 'Estimate a planned month from message counts')
            [CompletionResult]::new('rates', 'rates', [CompletionResultType]::ParameterValue, 'Show the rate card in force on a date')
            [CompletionResult]::new('market', 'market', [CompletionResultType]::ParameterValue, 'Show which market a phone number is billed in, and why; without one, list the markets')
            [CompletionResult]::new('compare', 'compare', [CompletionResultType]::ParameterValue, 'Price the same log under every regime, side by side')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;pricing;simulate' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format of the log [default: from the extension: .csv → csv, .jsonl or .ndjson → jsonl; jsonl for other names and standard input]')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'The WABA''s time zone (IANA name): month boundaries and regime switches')
            [CompletionResult]::new('--rate-card', '--rate-card', [CompletionResultType]::ParameterName, 'Meta''s rate-card CSV (Market,Currency,Marketing,Utility,…) to use instead of the built-in cards')
            [CompletionResult]::new('--tiers', '--tiers', [CompletionResultType]::ParameterName, 'Meta''s volume-tier CSV ("Tier Pricing"); without it list rates apply')
            [CompletionResult]::new('--business-country', '--business-country', [CompletionResultType]::ParameterName, 'Primary business location (ISO 3166 alpha-2), for authentication-international')
            [CompletionResult]::new('--auth-intl-start', '--auth-intl-start', [CompletionResultType]::ParameterName, 'When authentication-international starts being charged (YYYY-MM-DD or RFC 3339)')
            [CompletionResult]::new('--bsp-fee', '--bsp-fee', [CompletionResultType]::ParameterName, 'A provider''s fee per sent and received message, e.g. 0.002 (shown as its own line)')
            [CompletionResult]::new('--regime', '--regime', [CompletionResultType]::ParameterName, 'Price everything under one regime (what-if): cbp-2022, cbp-2023, pmp-2025, pmp-2026-10')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort the events by time first, in memory (stable; about 80 bytes an event plus ids)')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Skip lines that cannot be read, count them and report them on stderr, instead of stopping')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Add one row per event: market, pricing model, type, category, rate, cost, conversation, reason')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;pricing;estimate' {
            [CompletionResult]::new('--market', '--market', [CompletionResultType]::ParameterName, 'The market: its name on the rate card (India, "North America", "Rest of Africa", Other), a country''s ISO code or name (IN, Kenya) or a number in it (+919876500003)')
            [CompletionResult]::new('--marketing', '--marketing', [CompletionResultType]::ParameterName, 'Marketing templates (conversations under conversation-based pricing)')
            [CompletionResult]::new('--utility', '--utility', [CompletionResultType]::ParameterName, 'Utility templates charged (outside a customer-service window)')
            [CompletionResult]::new('--authentication', '--authentication', [CompletionResultType]::ParameterName, 'Authentication templates')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Service (non-template) messages, for one business phone number')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'A day of the planned month (YYYY-MM-DD); picks the regime and the card; default today (UTC)')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'The WABA''s time zone (IANA name): month boundaries and regime switches')
            [CompletionResult]::new('--rate-card', '--rate-card', [CompletionResultType]::ParameterName, 'Meta''s rate-card CSV (Market,Currency,Marketing,Utility,…) to use instead of the built-in cards')
            [CompletionResult]::new('--tiers', '--tiers', [CompletionResultType]::ParameterName, 'Meta''s volume-tier CSV ("Tier Pricing"); without it list rates apply')
            [CompletionResult]::new('--business-country', '--business-country', [CompletionResultType]::ParameterName, 'Primary business location (ISO 3166 alpha-2), for authentication-international')
            [CompletionResult]::new('--auth-intl-start', '--auth-intl-start', [CompletionResultType]::ParameterName, 'When authentication-international starts being charged (YYYY-MM-DD or RFC 3339)')
            [CompletionResult]::new('--bsp-fee', '--bsp-fee', [CompletionResultType]::ParameterName, 'A provider''s fee per sent and received message, e.g. 0.002 (shown as its own line)')
            [CompletionResult]::new('--regime', '--regime', [CompletionResultType]::ParameterName, 'Price everything under one regime (what-if): cbp-2022, cbp-2023, pmp-2025, pmp-2026-10')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;pricing;rates' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The date (YYYY-MM-DD); default today (UTC)')
            [CompletionResult]::new('--market', '--market', [CompletionResultType]::ParameterName, 'Only this market: its name on the card (India, "North America", Other), a country''s ISO code or name (IN, Kenya) or a number in it (+919876500003)')
            [CompletionResult]::new('--rate-card', '--rate-card', [CompletionResultType]::ParameterName, 'Meta''s rate-card CSV to show instead of the built-in cards')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;pricing;market' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The date (YYYY-MM-DD): markets move between cards; default today (UTC)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;pricing;compare' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format of the log [default: from the extension: .csv → csv, .jsonl or .ndjson → jsonl; jsonl for other names and standard input]')
            [CompletionResult]::new('--timezone', '--timezone', [CompletionResultType]::ParameterName, 'The WABA''s time zone (IANA name): month boundaries and regime switches')
            [CompletionResult]::new('--rate-card', '--rate-card', [CompletionResultType]::ParameterName, 'Meta''s rate-card CSV (Market,Currency,Marketing,Utility,…) to use instead of the built-in cards')
            [CompletionResult]::new('--tiers', '--tiers', [CompletionResultType]::ParameterName, 'Meta''s volume-tier CSV ("Tier Pricing"); without it list rates apply')
            [CompletionResult]::new('--business-country', '--business-country', [CompletionResultType]::ParameterName, 'Primary business location (ISO 3166 alpha-2), for authentication-international')
            [CompletionResult]::new('--auth-intl-start', '--auth-intl-start', [CompletionResultType]::ParameterName, 'When authentication-international starts being charged (YYYY-MM-DD or RFC 3339)')
            [CompletionResult]::new('--bsp-fee', '--bsp-fee', [CompletionResultType]::ParameterName, 'A provider''s fee per sent and received message, e.g. 0.002 (shown as its own line)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort the events by time first, in memory (stable; about 80 bytes an event plus ids)')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Skip lines that cannot be read, count them and report them on stderr, instead of stopping')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;pricing;help' {
            [CompletionResult]::new('simulate', 'simulate', [CompletionResultType]::ParameterValue, 'Price an event log: totals by category, market and month; --explain for every event')
            [CompletionResult]::new('estimate', 'estimate', [CompletionResultType]::ParameterValue, 'Estimate a planned month from message counts')
            [CompletionResult]::new('rates', 'rates', [CompletionResultType]::ParameterValue, 'Show the rate card in force on a date')
            [CompletionResult]::new('market', 'market', [CompletionResultType]::ParameterValue, 'Show which market a phone number is billed in, and why; without one, list the markets')
            [CompletionResult]::new('compare', 'compare', [CompletionResultType]::ParameterValue, 'Price the same log under every regime, side by side')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;pricing;help;simulate' {
            break
        }
        'waba;pricing;help;estimate' {
            break
        }
        'waba;pricing;help;rates' {
            break
        }
        'waba;pricing;help;market' {
            break
        }
        'waba;pricing;help;compare' {
            break
        }
        'waba;pricing;help;help' {
            break
        }
        'waba;profile' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add (or with --force replace) a profile; prompts on a terminal, flags otherwise')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a profile''s ids or API version; its stored token is kept')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every resolved setting and where it came from (secrets masked)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile and its secrets')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;profile;add' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the access token from standard input')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace a profile of the same name (its stored token is kept unless a new one is given)')
            [CompletionResult]::new('--default', '--default', [CompletionResultType]::ParameterName, 'Make this profile the default (the first profile always is)')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Check the token with Meta (debug_token) after saving; exit 4 when it is invalid. On a terminal waba offers the check anyway')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;profile;set' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--app-secret-stdin', '--app-secret-stdin', [CompletionResultType]::ParameterName, 'Read the app secret (which signs webhooks) from standard input and store it')
            [CompletionResult]::new('--verify-token-stdin', '--verify-token-stdin', [CompletionResultType]::ParameterName, 'Read the webhook verify token from standard input and store it')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;profile;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;profile;show' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;profile;use' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;profile;remove' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;profile;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add (or with --force replace) a profile; prompts on a terminal, flags otherwise')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a profile''s ids or API version; its stored token is kept')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every resolved setting and where it came from (secrets masked)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile and its secrets')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;profile;help;add' {
            break
        }
        'waba;profile;help;set' {
            break
        }
        'waba;profile;help;list' {
            break
        }
        'waba;profile;help;show' {
            break
        }
        'waba;profile;help;use' {
            break
        }
        'waba;profile;help;remove' {
            break
        }
        'waba;profile;help;help' {
            break
        }
        'waba;templates' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s templates: name, language, category, status, quality')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one template in full, or as a template file (--as-file toml|json)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Lint template files, upload their media headers and submit them for review')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an existing template from its file, where Meta allows edits')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a template: every language, or one with --language')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until review approves (exit 0) or rejects (exit 8) a template, or --all')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Write the account''s templates as files (<name>/<language>.toml)')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Compare a directory of files with the account; exit 8 when they differ')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the account match a directory of files: create, edit, --prune to delete')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check template files offline against Meta''s rules; exit 8 on errors')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'List the lint rules with their severity and source')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;templates;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only templates in this status (APPROVED, PENDING, REJECTED, PAUSED, DISABLED, …)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only this category (MARKETING, UTILITY, AUTHENTICATION)')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Only this language, e.g. en_US')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only templates with this name')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N templates')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;templates;show' {
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Its language (needed when the template exists in several)')
            [CompletionResult]::new('--as-file', '--as-file', [CompletionResultType]::ParameterName, 'Print the template file (Meta''s create payload) in this format instead of the template')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;templates;create' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --wait: give up after this long (exit 9), e.g. 90s, 10m, 1h')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests instead of sending them (media headers are not uploaded)')
            [CompletionResult]::new('--deny-warnings', '--deny-warnings', [CompletionResultType]::ParameterName, 'Refuse (exit 8) files with lint warnings too, before anything is sent')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait until review decides every template submitted (exit 8 when any is not approved)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;templates;edit' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;templates;delete' {
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Delete only this language (by its template id)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;templates;wait' {
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Its language, e.g. en_US (needed only when the name exists in several)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'What counts as done')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after this long: e.g. 90s, 10m, 1h')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Wait for everything just submitted (see below) instead of one template')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;templates;pull' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite files that differ from the account''s template (and rewrite those that say the same differently)')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Delete local files whose template is no longer on the account')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before deleting files with --prune (required when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask before deleting files with --prune (required when not on a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;templates;plan' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Plan as `apply --prune` would: templates on the account that have no file become deletions')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;templates;apply' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --wait: give up after this long (exit 9), e.g. 90s, 10m, 1h')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also delete templates that exist on the account but have no file in DIR')
            [CompletionResult]::new('--allow-mass-delete', '--allow-mass-delete', [CompletionResultType]::ParameterName, 'Allow --prune to delete more than 10 templates, or more than half of the account''s')
            [CompletionResult]::new('--deny-warnings', '--deny-warnings', [CompletionResultType]::ParameterName, 'Treat lint warnings as errors: send nothing when any file has one')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait until review decides every template submitted (exit 8 when any is not approved)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;templates;lint' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--deny-warnings', '--deny-warnings', [CompletionResultType]::ParameterName, 'Fail (exit 8) on warnings too')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;templates;rules' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;templates;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s templates: name, language, category, status, quality')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one template in full, or as a template file (--as-file toml|json)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Lint template files, upload their media headers and submit them for review')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an existing template from its file, where Meta allows edits')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a template: every language, or one with --language')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until review approves (exit 0) or rejects (exit 8) a template, or --all')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Write the account''s templates as files (<name>/<language>.toml)')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Compare a directory of files with the account; exit 8 when they differ')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the account match a directory of files: create, edit, --prune to delete')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check template files offline against Meta''s rules; exit 8 on errors')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'List the lint rules with their severity and source')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;templates;help;list' {
            break
        }
        'waba;templates;help;show' {
            break
        }
        'waba;templates;help;create' {
            break
        }
        'waba;templates;help;edit' {
            break
        }
        'waba;templates;help;delete' {
            break
        }
        'waba;templates;help;wait' {
            break
        }
        'waba;templates;help;pull' {
            break
        }
        'waba;templates;help;plan' {
            break
        }
        'waba;templates;help;apply' {
            break
        }
        'waba;templates;help;lint' {
            break
        }
        'waba;templates;help;rules' {
            break
        }
        'waba;templates;help;help' {
            break
        }
        'waba;send' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('text', 'text', [CompletionResultType]::ParameterValue, 'Send a text message (at most 4,096 characters)')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Send an approved template, its parameters checked against the template''s definition')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Send an image (JPEG or PNG, at most 5 MB)')
            [CompletionResult]::new('video', 'video', [CompletionResultType]::ParameterValue, 'Send a video (MP4 or 3GPP, at most 16 MB)')
            [CompletionResult]::new('audio', 'audio', [CompletionResultType]::ParameterValue, 'Send an audio file (AAC, AMR, MP3, M4A, OGG/Opus, at most 16 MB)')
            [CompletionResult]::new('document', 'document', [CompletionResultType]::ParameterValue, 'Send a document (PDF, TXT, Office files, at most 100 MB)')
            [CompletionResult]::new('sticker', 'sticker', [CompletionResultType]::ParameterValue, 'Send a sticker (WebP, at most 100 KB static or 500 KB animated)')
            [CompletionResult]::new('location', 'location', [CompletionResultType]::ParameterValue, 'Send a location pin')
            [CompletionResult]::new('reaction', 'reaction', [CompletionResultType]::ParameterValue, 'React to a message with an emoji (an empty emoji removes the reaction)')
            [CompletionResult]::new('buttons', 'buttons', [CompletionResultType]::ParameterValue, 'Send a message with 1 to 3 reply buttons')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Send a list message (sections of rows behind a menu button)')
            [CompletionResult]::new('json', 'json', [CompletionResultType]::ParameterValue, 'Send a full Graph message body from a JSON file, checked by the same rules')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'Send 1 to 5 contact cards from a vCard or JSON file')
            [CompletionResult]::new('cta-url', 'cta-url', [CompletionResultType]::ParameterValue, 'Send a message with a call-to-action URL button')
            [CompletionResult]::new('location-request', 'location-request', [CompletionResultType]::ParameterValue, 'Ask the user to share their location')
            [CompletionResult]::new('product', 'product', [CompletionResultType]::ParameterValue, 'Send one product of the account''s catalog (single-product message)')
            [CompletionResult]::new('product-list', 'product-list', [CompletionResultType]::ParameterValue, 'Send up to 30 products of the catalog in sections (multi-product message)')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'Send a message that opens the account''s catalog')
            [CompletionResult]::new('flow', 'flow', [CompletionResultType]::ParameterValue, 'Send a message whose button opens a WhatsApp Flow')
            [CompletionResult]::new('bulk', 'bulk', [CompletionResultType]::ParameterValue, 'Send a template to every row of a CSV or JSONL file: validated, estimated, paced, journalled, resumable')
            [CompletionResult]::new('jobs', 'jobs', [CompletionResultType]::ParameterValue, 'List the bulk jobs in the data directory')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show a bulk job: rows by state, webhook outcomes; -o csv one row per recipient')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;send;text' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The recipient, E.164 with ''+'' and the country code (e.g. +16505551234)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id')
            [CompletionResult]::new('--reply-to', '--reply-to', [CompletionResultType]::ParameterName, 'Reply to (quote) this message (context.message_id)')
            [CompletionResult]::new('--callback-data', '--callback-data', [CompletionResultType]::ParameterName, 'Opaque data echoed in this message''s status webhooks (biz_opaque_callback_data)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the message''s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app''s callback URL)')
            [CompletionResult]::new('--listen-path', '--listen-path', [CompletionResultType]::ParameterName, 'With --wait, the path the listener answers (the callback URL''s path)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--preview-url', '--preview-url', [CompletionResultType]::ParameterName, 'Show a preview of the first URL in the text')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request body (and a template''s preview) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;send;template' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The recipient, E.164 with ''+'' and the country code (e.g. +16505551234)')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'The template''s language (e.g. en_US); needed when the template has several')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'A parameter: VALUE (positional, in order) or name=VALUE (named templates); repeatable')
            [CompletionResult]::new('--param-currency', '--param-currency', [CompletionResultType]::ParameterName, 'A currency parameter, e.g. USD:12.50:$12.50 (ISO 4217 code, at most 3 decimals); in order with --param')
            [CompletionResult]::new('--param-date-time', '--param-date-time', [CompletionResultType]::ParameterName, 'A date_time parameter: the date as the recipient reads it; in order with --param')
            [CompletionResult]::new('--params', '--params', [CompletionResultType]::ParameterName, 'Parameters from a JSON or TOML file (array: positional; object: named; see below)')
            [CompletionResult]::new('--header-image', '--header-image', [CompletionResultType]::ParameterName, 'The image of an IMAGE header: a local file (uploaded first), an https:// link or a media id')
            [CompletionResult]::new('--header-video', '--header-video', [CompletionResultType]::ParameterName, 'The video of a VIDEO header')
            [CompletionResult]::new('--header-document', '--header-document', [CompletionResultType]::ParameterName, 'The document of a DOCUMENT header')
            [CompletionResult]::new('--header-text', '--header-text', [CompletionResultType]::ParameterName, 'The value of a text header''s variable')
            [CompletionResult]::new('--header-location', '--header-location', [CompletionResultType]::ParameterName, 'A LOCATION header''s coordinates in degrees, e.g. 37.4848,-122.1484')
            [CompletionResult]::new('--header-location-name', '--header-location-name', [CompletionResultType]::ParameterName, 'The name of a LOCATION header''s place')
            [CompletionResult]::new('--header-location-address', '--header-location-address', [CompletionResultType]::ParameterName, 'The address of a LOCATION header''s place')
            [CompletionResult]::new('--card', '--card', [CompletionResultType]::ParameterName, 'A carousel card''s part, N from 1: header-image=…, header-video=…, param=…, param-currency=…, param-date-time=…, button-url-suffix=…, quick-reply=…; repeatable')
            [CompletionResult]::new('--offer-expires', '--offer-expires', [CompletionResultType]::ParameterName, 'When a limited-time offer ends: RFC 3339 (2026-12-31T23:59:00Z) or from now (+48h, +3d)')
            [CompletionResult]::new('--button-url-suffix', '--button-url-suffix', [CompletionResultType]::ParameterName, 'The suffix of a dynamic URL button (one per such button, in order)')
            [CompletionResult]::new('--button-payload', '--button-payload', [CompletionResultType]::ParameterName, 'The payload of a quick-reply button (in button order)')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The one-time password (authentication templates) or coupon code (copy-code buttons)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id')
            [CompletionResult]::new('--reply-to', '--reply-to', [CompletionResultType]::ParameterName, 'Reply to (quote) this message (context.message_id)')
            [CompletionResult]::new('--callback-data', '--callback-data', [CompletionResultType]::ParameterName, 'Opaque data echoed in this message''s status webhooks (biz_opaque_callback_data)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the message''s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app''s callback URL)')
            [CompletionResult]::new('--listen-path', '--listen-path', [CompletionResultType]::ParameterName, 'With --wait, the path the listener answers (the callback URL''s path)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--no-check', '--no-check', [CompletionResultType]::ParameterName, 'Do not read the template''s definition: send the parameters unchecked (for tokens that cannot read templates)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Read the template''s definition again instead of the cached one')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request body (and a template''s preview) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;send;image' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The recipient, E.164 with ''+'' and the country code (e.g. +16505551234)')
            [CompletionResult]::new('--caption', '--caption', [CompletionResultType]::ParameterName, 'Caption (image, video, document; at most 1,024 characters)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'File name shown to the user (document only)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id')
            [CompletionResult]::new('--reply-to', '--reply-to', [CompletionResultType]::ParameterName, 'Reply to (quote) this message (context.message_id)')
            [CompletionResult]::new('--callback-data', '--callback-data', [CompletionResultType]::ParameterName, 'Opaque data echoed in this message''s status webhooks (biz_opaque_callback_data)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the message''s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app''s callback URL)')
            [CompletionResult]::new('--listen-path', '--listen-path', [CompletionResultType]::ParameterName, 'With --wait, the path the listener answers (the callback URL''s path)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request body (and a template''s preview) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;send;video' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The recipient, E.164 with ''+'' and the country code (e.g. +16505551234)')
            [CompletionResult]::new('--caption', '--caption', [CompletionResultType]::ParameterName, 'Caption (image, video, document; at most 1,024 characters)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'File name shown to the user (document only)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id')
            [CompletionResult]::new('--reply-to', '--reply-to', [CompletionResultType]::ParameterName, 'Reply to (quote) this message (context.message_id)')
            [CompletionResult]::new('--callback-data', '--callback-data', [CompletionResultType]::ParameterName, 'Opaque data echoed in this message''s status webhooks (biz_opaque_callback_data)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the message''s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app''s callback URL)')
            [CompletionResult]::new('--listen-path', '--listen-path', [CompletionResultType]::ParameterName, 'With --wait, the path the listener answers (the callback URL''s path)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request body (and a template''s preview) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;send;audio' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The recipient, E.164 with ''+'' and the country code (e.g. +16505551234)')
            [CompletionResult]::new('--caption', '--caption', [CompletionResultType]::ParameterName, 'Caption (image, video, document; at most 1,024 characters)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'File name shown to the user (document only)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id')
            [CompletionResult]::new('--reply-to', '--reply-to', [CompletionResultType]::ParameterName, 'Reply to (quote) this message (context.message_id)')
            [CompletionResult]::new('--callback-data', '--callback-data', [CompletionResultType]::ParameterName, 'Opaque data echoed in this message''s status webhooks (biz_opaque_callback_data)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the message''s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app''s callback URL)')
            [CompletionResult]::new('--listen-path', '--listen-path', [CompletionResultType]::ParameterName, 'With --wait, the path the listener answers (the callback URL''s path)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request body (and a template''s preview) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;send;document' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The recipient, E.164 with ''+'' and the country code (e.g. +16505551234)')
            [CompletionResult]::new('--caption', '--caption', [CompletionResultType]::ParameterName, 'Caption (image, video, document; at most 1,024 characters)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'File name shown to the user (document only)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id')
            [CompletionResult]::new('--reply-to', '--reply-to', [CompletionResultType]::ParameterName, 'Reply to (quote) this message (context.message_id)')
            [CompletionResult]::new('--callback-data', '--callback-data', [CompletionResultType]::ParameterName, 'Opaque data echoed in this message''s status webhooks (biz_opaque_callback_data)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the message''s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app''s callback URL)')
            [CompletionResult]::new('--listen-path', '--listen-path', [CompletionResultType]::ParameterName, 'With --wait, the path the listener answers (the callback URL''s path)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request body (and a template''s preview) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;send;sticker' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The recipient, E.164 with ''+'' and the country code (e.g. +16505551234)')
            [CompletionResult]::new('--caption', '--caption', [CompletionResultType]::ParameterName, 'Caption (image, video, document; at most 1,024 characters)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'File name shown to the user (document only)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id')
            [CompletionResult]::new('--reply-to', '--reply-to', [CompletionResultType]::ParameterName, 'Reply to (quote) this message (context.message_id)')
            [CompletionResult]::new('--callback-data', '--callback-data', [CompletionResultType]::ParameterName, 'Opaque data echoed in this message''s status webhooks (biz_opaque_callback_data)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the message''s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app''s callback URL)')
            [CompletionResult]::new('--listen-path', '--listen-path', [CompletionResultType]::ParameterName, 'With --wait, the path the listener answers (the callback URL''s path)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request body (and a template''s preview) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;send;location' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The recipient, E.164 with ''+'' and the country code (e.g. +16505551234)')
            [CompletionResult]::new('--lat', '--lat', [CompletionResultType]::ParameterName, 'Latitude in degrees (-90 to 90)')
            [CompletionResult]::new('--lon', '--lon', [CompletionResultType]::ParameterName, 'Longitude in degrees (-180 to 180)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the place')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address of the place')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id')
            [CompletionResult]::new('--reply-to', '--reply-to', [CompletionResultType]::ParameterName, 'Reply to (quote) this message (context.message_id)')
            [CompletionResult]::new('--callback-data', '--callback-data', [CompletionResultType]::ParameterName, 'Opaque data echoed in this message''s status webhooks (biz_opaque_callback_data)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the message''s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app''s callback URL)')
            [CompletionResult]::new('--listen-path', '--listen-path', [CompletionResultType]::ParameterName, 'With --wait, the path the listener answers (the callback URL''s path)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request body (and a template''s preview) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;send;reaction' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The recipient, E.164 with ''+'' and the country code (e.g. +16505551234)')
            [CompletionResult]::new('--message-id', '--message-id', [CompletionResultType]::ParameterName, 'The message reacted to')
            [CompletionResult]::new('--emoji', '--emoji', [CompletionResultType]::ParameterName, 'The emoji; an empty string removes the reaction')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id')
            [CompletionResult]::new('--reply-to', '--reply-to', [CompletionResultType]::ParameterName, 'Reply to (quote) this message (context.message_id)')
            [CompletionResult]::new('--callback-data', '--callback-data', [CompletionResultType]::ParameterName, 'Opaque data echoed in this message''s status webhooks (biz_opaque_callback_data)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the message''s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app''s callback URL)')
            [CompletionResult]::new('--listen-path', '--listen-path', [CompletionResultType]::ParameterName, 'With --wait, the path the listener answers (the callback URL''s path)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request body (and a template''s preview) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;send;buttons' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The recipient, E.164 with ''+'' and the country code (e.g. +16505551234)')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'The message''s body (at most 1,024 characters)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'A text header (at most 60 characters)')
            [CompletionResult]::new('--footer', '--footer', [CompletionResultType]::ParameterName, 'A footer (at most 60 characters)')
            [CompletionResult]::new('--button', '--button', [CompletionResultType]::ParameterName, 'A reply button as ID:TITLE (1 to 3; id at most 256 characters, title at most 20)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id')
            [CompletionResult]::new('--reply-to', '--reply-to', [CompletionResultType]::ParameterName, 'Reply to (quote) this message (context.message_id)')
            [CompletionResult]::new('--callback-data', '--callback-data', [CompletionResultType]::ParameterName, 'Opaque data echoed in this message''s status webhooks (biz_opaque_callback_data)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the message''s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app''s callback URL)')
            [CompletionResult]::new('--listen-path', '--listen-path', [CompletionResultType]::ParameterName, 'With --wait, the path the listener answers (the callback URL''s path)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request body (and a template''s preview) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;send;list' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The recipient, E.164 with ''+'' and the country code (e.g. +16505551234)')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'The message''s body (at most 1,024 characters)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'A text header (at most 60 characters)')
            [CompletionResult]::new('--footer', '--footer', [CompletionResultType]::ParameterName, 'A footer (at most 60 characters)')
            [CompletionResult]::new('--button', '--button', [CompletionResultType]::ParameterName, 'The label of the button that opens the list (at most 20 characters)')
            [CompletionResult]::new('--row', '--row', [CompletionResultType]::ParameterName, 'A row of a single-section list as ID:TITLE[:DESCRIPTION]')
            [CompletionResult]::new('--section-title', '--section-title', [CompletionResultType]::ParameterName, 'Title of the single section given with --row')
            [CompletionResult]::new('--sections', '--sections', [CompletionResultType]::ParameterName, 'Sections and rows from a JSON or TOML file')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id')
            [CompletionResult]::new('--reply-to', '--reply-to', [CompletionResultType]::ParameterName, 'Reply to (quote) this message (context.message_id)')
            [CompletionResult]::new('--callback-data', '--callback-data', [CompletionResultType]::ParameterName, 'Opaque data echoed in this message''s status webhooks (biz_opaque_callback_data)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the message''s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app''s callback URL)')
            [CompletionResult]::new('--listen-path', '--listen-path', [CompletionResultType]::ParameterName, 'With --wait, the path the listener answers (the callback URL''s path)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request body (and a template''s preview) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;send;json' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id')
            [CompletionResult]::new('--reply-to', '--reply-to', [CompletionResultType]::ParameterName, 'Reply to (quote) this message (context.message_id)')
            [CompletionResult]::new('--callback-data', '--callback-data', [CompletionResultType]::ParameterName, 'Opaque data echoed in this message''s status webhooks (biz_opaque_callback_data)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the message''s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app''s callback URL)')
            [CompletionResult]::new('--listen-path', '--listen-path', [CompletionResultType]::ParameterName, 'With --wait, the path the listener answers (the callback URL''s path)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request body (and a template''s preview) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;send;contact' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The recipient, E.164 with ''+'' and the country code (e.g. +16505551234)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id')
            [CompletionResult]::new('--reply-to', '--reply-to', [CompletionResultType]::ParameterName, 'Reply to (quote) this message (context.message_id)')
            [CompletionResult]::new('--callback-data', '--callback-data', [CompletionResultType]::ParameterName, 'Opaque data echoed in this message''s status webhooks (biz_opaque_callback_data)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the message''s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app''s callback URL)')
            [CompletionResult]::new('--listen-path', '--listen-path', [CompletionResultType]::ParameterName, 'With --wait, the path the listener answers (the callback URL''s path)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request body (and a template''s preview) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;send;cta-url' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The recipient, E.164 with ''+'' and the country code (e.g. +16505551234)')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'The message''s body (at most 1,024 characters)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'A text header (at most 60 characters)')
            [CompletionResult]::new('--footer', '--footer', [CompletionResultType]::ParameterName, 'A footer (at most 60 characters)')
            [CompletionResult]::new('--display-text', '--display-text', [CompletionResultType]::ParameterName, 'The button''s label (at most 20 characters)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The https:// URL the button opens')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id')
            [CompletionResult]::new('--reply-to', '--reply-to', [CompletionResultType]::ParameterName, 'Reply to (quote) this message (context.message_id)')
            [CompletionResult]::new('--callback-data', '--callback-data', [CompletionResultType]::ParameterName, 'Opaque data echoed in this message''s status webhooks (biz_opaque_callback_data)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the message''s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app''s callback URL)')
            [CompletionResult]::new('--listen-path', '--listen-path', [CompletionResultType]::ParameterName, 'With --wait, the path the listener answers (the callback URL''s path)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request body (and a template''s preview) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;send;location-request' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The recipient, E.164 with ''+'' and the country code (e.g. +16505551234)')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'The message''s body (at most 1,024 characters)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id')
            [CompletionResult]::new('--reply-to', '--reply-to', [CompletionResultType]::ParameterName, 'Reply to (quote) this message (context.message_id)')
            [CompletionResult]::new('--callback-data', '--callback-data', [CompletionResultType]::ParameterName, 'Opaque data echoed in this message''s status webhooks (biz_opaque_callback_data)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the message''s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app''s callback URL)')
            [CompletionResult]::new('--listen-path', '--listen-path', [CompletionResultType]::ParameterName, 'With --wait, the path the listener answers (the callback URL''s path)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request body (and a template''s preview) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;send;product' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The recipient, E.164 with ''+'' and the country code (e.g. +16505551234)')
            [CompletionResult]::new('--catalog-id', '--catalog-id', [CompletionResultType]::ParameterName, 'The id of the catalog connected to the WhatsApp Business Account')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'The product''s retailer id (its SKU, "Content ID" in Commerce Manager)')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'A body text (optional for a product; at most 1,024 characters)')
            [CompletionResult]::new('--footer', '--footer', [CompletionResultType]::ParameterName, 'A footer (at most 60 characters)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id')
            [CompletionResult]::new('--reply-to', '--reply-to', [CompletionResultType]::ParameterName, 'Reply to (quote) this message (context.message_id)')
            [CompletionResult]::new('--callback-data', '--callback-data', [CompletionResultType]::ParameterName, 'Opaque data echoed in this message''s status webhooks (biz_opaque_callback_data)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the message''s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app''s callback URL)')
            [CompletionResult]::new('--listen-path', '--listen-path', [CompletionResultType]::ParameterName, 'With --wait, the path the listener answers (the callback URL''s path)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request body (and a template''s preview) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;send;product-list' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The recipient, E.164 with ''+'' and the country code (e.g. +16505551234)')
            [CompletionResult]::new('--catalog-id', '--catalog-id', [CompletionResultType]::ParameterName, 'The id of the catalog connected to the WhatsApp Business Account')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'The header text (required for a product list; at most 60 characters)')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'The message''s body (at most 1,024 characters)')
            [CompletionResult]::new('--footer', '--footer', [CompletionResultType]::ParameterName, 'A footer (at most 60 characters)')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'A section as TITLE:SKU[,SKU…] (title at most 24 characters; repeat for up to 10 sections)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id')
            [CompletionResult]::new('--reply-to', '--reply-to', [CompletionResultType]::ParameterName, 'Reply to (quote) this message (context.message_id)')
            [CompletionResult]::new('--callback-data', '--callback-data', [CompletionResultType]::ParameterName, 'Opaque data echoed in this message''s status webhooks (biz_opaque_callback_data)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the message''s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app''s callback URL)')
            [CompletionResult]::new('--listen-path', '--listen-path', [CompletionResultType]::ParameterName, 'With --wait, the path the listener answers (the callback URL''s path)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request body (and a template''s preview) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;send;catalog' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The recipient, E.164 with ''+'' and the country code (e.g. +16505551234)')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'The message''s body (at most 1,024 characters)')
            [CompletionResult]::new('--thumbnail', '--thumbnail', [CompletionResultType]::ParameterName, 'The product (SKU) whose image heads the message [default: the catalog''s first]')
            [CompletionResult]::new('--footer', '--footer', [CompletionResultType]::ParameterName, 'A footer (at most 60 characters)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id')
            [CompletionResult]::new('--reply-to', '--reply-to', [CompletionResultType]::ParameterName, 'Reply to (quote) this message (context.message_id)')
            [CompletionResult]::new('--callback-data', '--callback-data', [CompletionResultType]::ParameterName, 'Opaque data echoed in this message''s status webhooks (biz_opaque_callback_data)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the message''s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app''s callback URL)')
            [CompletionResult]::new('--listen-path', '--listen-path', [CompletionResultType]::ParameterName, 'With --wait, the path the listener answers (the callback URL''s path)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request body (and a template''s preview) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;send;flow' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The recipient, E.164 with ''+'' and the country code (e.g. +16505551234)')
            [CompletionResult]::new('--flow-id', '--flow-id', [CompletionResultType]::ParameterName, 'The Flow''s id')
            [CompletionResult]::new('--flow-name', '--flow-name', [CompletionResultType]::ParameterName, 'The Flow''s name (instead of its id)')
            [CompletionResult]::new('--cta', '--cta', [CompletionResultType]::ParameterName, 'The label of the button that opens the Flow (Meta advises at most 30 characters, no emoji)')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'The message''s body (at most 1,024 characters)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'A text header (at most 60 characters)')
            [CompletionResult]::new('--footer', '--footer', [CompletionResultType]::ParameterName, 'A footer (at most 60 characters)')
            [CompletionResult]::new('--flow-token', '--flow-token', [CompletionResultType]::ParameterName, 'A token of yours, echoed back with the Flow''s response (flow_token)')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'What the button does first [default: navigate]')
            [CompletionResult]::new('--screen', '--screen', [CompletionResultType]::ParameterName, 'The id of the screen to open (navigate)')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Initial data for that screen: a JSON object, or @FILE holding one (navigate)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id')
            [CompletionResult]::new('--reply-to', '--reply-to', [CompletionResultType]::ParameterName, 'Reply to (quote) this message (context.message_id)')
            [CompletionResult]::new('--callback-data', '--callback-data', [CompletionResultType]::ParameterName, 'Opaque data echoed in this message''s status webhooks (biz_opaque_callback_data)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for the message''s status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app''s callback URL)')
            [CompletionResult]::new('--listen-path', '--listen-path', [CompletionResultType]::ParameterName, 'With --wait, the path the listener answers (the callback URL''s path)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--draft', '--draft', [CompletionResultType]::ParameterName, 'Send a Flow that is still a DRAFT (mode: draft), to test it')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the exact request body (and a template''s preview) and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;send;bulk' {
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'The template to send (its definition is read and every row checked against it)')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'The template''s language (e.g. en_US); needed when the template has several')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'Free-form text to every row instead of a template (delivered only inside a customer-service window)')
            [CompletionResult]::new('--recipients', '--recipients', [CompletionResultType]::ParameterName, 'The recipients: a CSV file with a header, a .jsonl file, or `-` for standard input')
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'Name the job (its journal is <data dir>/jobs/NAME.db) [default: the file''s stem and the UTC time]')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue a stopped or killed job')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Messages per second [default: the sending number''s throughput level: 80, or 1,000 for HIGH]')
            [CompletionResult]::new('--max-in-flight', '--max-in-flight', [CompletionResultType]::ParameterName, 'Requests open at once')
            [CompletionResult]::new('--max-cost', '--max-cost', [CompletionResultType]::ParameterName, 'Refuse the job when its estimated cost is above AMOUNT (USD), e.g. 50 or 12.5')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Send from this number of the account (its display number) instead of the configured phone-number id')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--preview-url', '--preview-url', [CompletionResultType]::ParameterName, 'Show a preview of the first URL in --text')
            [CompletionResult]::new('--resend-uncertain', '--resend-uncertain', [CompletionResultType]::ParameterName, 'With --resume: send again the rows whose outcome is unknown (they may get a duplicate)')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Send the valid rows even when some are invalid (the invalid ones are listed and skipped)')
            [CompletionResult]::new('--allow-duplicates', '--allow-duplicates', [CompletionResultType]::ParameterName, 'Send to a recipient as many times as they are listed')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Read the template''s definition again instead of the cached one')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate and estimate, send nothing (no journal is kept)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;send;jobs' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;send;status' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;send;help' {
            [CompletionResult]::new('text', 'text', [CompletionResultType]::ParameterValue, 'Send a text message (at most 4,096 characters)')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Send an approved template, its parameters checked against the template''s definition')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Send an image (JPEG or PNG, at most 5 MB)')
            [CompletionResult]::new('video', 'video', [CompletionResultType]::ParameterValue, 'Send a video (MP4 or 3GPP, at most 16 MB)')
            [CompletionResult]::new('audio', 'audio', [CompletionResultType]::ParameterValue, 'Send an audio file (AAC, AMR, MP3, M4A, OGG/Opus, at most 16 MB)')
            [CompletionResult]::new('document', 'document', [CompletionResultType]::ParameterValue, 'Send a document (PDF, TXT, Office files, at most 100 MB)')
            [CompletionResult]::new('sticker', 'sticker', [CompletionResultType]::ParameterValue, 'Send a sticker (WebP, at most 100 KB static or 500 KB animated)')
            [CompletionResult]::new('location', 'location', [CompletionResultType]::ParameterValue, 'Send a location pin')
            [CompletionResult]::new('reaction', 'reaction', [CompletionResultType]::ParameterValue, 'React to a message with an emoji (an empty emoji removes the reaction)')
            [CompletionResult]::new('buttons', 'buttons', [CompletionResultType]::ParameterValue, 'Send a message with 1 to 3 reply buttons')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Send a list message (sections of rows behind a menu button)')
            [CompletionResult]::new('json', 'json', [CompletionResultType]::ParameterValue, 'Send a full Graph message body from a JSON file, checked by the same rules')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'Send 1 to 5 contact cards from a vCard or JSON file')
            [CompletionResult]::new('cta-url', 'cta-url', [CompletionResultType]::ParameterValue, 'Send a message with a call-to-action URL button')
            [CompletionResult]::new('location-request', 'location-request', [CompletionResultType]::ParameterValue, 'Ask the user to share their location')
            [CompletionResult]::new('product', 'product', [CompletionResultType]::ParameterValue, 'Send one product of the account''s catalog (single-product message)')
            [CompletionResult]::new('product-list', 'product-list', [CompletionResultType]::ParameterValue, 'Send up to 30 products of the catalog in sections (multi-product message)')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'Send a message that opens the account''s catalog')
            [CompletionResult]::new('flow', 'flow', [CompletionResultType]::ParameterValue, 'Send a message whose button opens a WhatsApp Flow')
            [CompletionResult]::new('bulk', 'bulk', [CompletionResultType]::ParameterValue, 'Send a template to every row of a CSV or JSONL file: validated, estimated, paced, journalled, resumable')
            [CompletionResult]::new('jobs', 'jobs', [CompletionResultType]::ParameterValue, 'List the bulk jobs in the data directory')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show a bulk job: rows by state, webhook outcomes; -o csv one row per recipient')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;send;help;text' {
            break
        }
        'waba;send;help;template' {
            break
        }
        'waba;send;help;image' {
            break
        }
        'waba;send;help;video' {
            break
        }
        'waba;send;help;audio' {
            break
        }
        'waba;send;help;document' {
            break
        }
        'waba;send;help;sticker' {
            break
        }
        'waba;send;help;location' {
            break
        }
        'waba;send;help;reaction' {
            break
        }
        'waba;send;help;buttons' {
            break
        }
        'waba;send;help;list' {
            break
        }
        'waba;send;help;json' {
            break
        }
        'waba;send;help;contact' {
            break
        }
        'waba;send;help;cta-url' {
            break
        }
        'waba;send;help;location-request' {
            break
        }
        'waba;send;help;product' {
            break
        }
        'waba;send;help;product-list' {
            break
        }
        'waba;send;help;catalog' {
            break
        }
        'waba;send;help;flow' {
            break
        }
        'waba;send;help;bulk' {
            break
        }
        'waba;send;help;jobs' {
            break
        }
        'waba;send;help;status' {
            break
        }
        'waba;send;help;help' {
            break
        }
        'waba;verify' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('request-code', 'request-code', [CompletionResultType]::ParameterValue, 'Ask Meta to send the number a verification code by SMS or voice call')
            [CompletionResult]::new('code', 'code', [CompletionResultType]::ParameterValue, 'Enter the code received (from standard input or a hidden prompt)')
            [CompletionResult]::new('pin', 'pin', [CompletionResultType]::ParameterValue, 'The two-step verification PIN: set or change it, see whether it is on')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The whole picture: code, registration, PIN, display name, OBA, business and account review')
            [CompletionResult]::new('oba', 'oba', [CompletionResultType]::ParameterValue, 'Official Business Account (the badge): check the criteria, request it, see the request')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;verify;request-code' {
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'How to deliver the code')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the message or call, e.g. en_US, pt_BR, es_ES')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;verify;code' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--code-stdin', '--code-stdin', [CompletionResultType]::ParameterName, 'Read the code from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;verify;pin' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set or change the two-step verification PIN (from standard input or a hidden prompt)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether two-step verification is on')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;verify;pin;set' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--pin-stdin', '--pin-stdin', [CompletionResultType]::ParameterName, 'Read the PIN from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;verify;pin;status' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;verify;pin;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set or change the two-step verification PIN (from standard input or a hidden prompt)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether two-step verification is on')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;verify;pin;help;set' {
            break
        }
        'waba;verify;pin;help;status' {
            break
        }
        'waba;verify;pin;help;help' {
            break
        }
        'waba;verify;status' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;verify;oba' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check, point by point, whether the number meets the criteria; exit 8 when one is not met')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Submit Meta''s Official Business Account request (after checking the criteria)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The number''s OBA request and what its status means')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;verify;oba;check' {
            [CompletionResult]::new('--link', '--link', [CompletionResultType]::ParameterName, 'A supporting link you will submit (repeat; up to 5)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;verify;oba;request' {
            [CompletionResult]::new('--website', '--website', [CompletionResultType]::ParameterName, 'The business''s website (business_website_url) [default: the business profile''s first]')
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'The country the business mainly operates in (primary_country_of_operation)')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'The language the business mainly uses (primary_language)')
            [CompletionResult]::new('--link', '--link', [CompletionResultType]::ParameterName, 'A link to a news article about the brand (supporting_links; repeat, 1 to 5)')
            [CompletionResult]::new('--parent', '--parent', [CompletionResultType]::ParameterName, 'The parent business or brand, if any (parent_business_or_brand)')
            [CompletionResult]::new('--info', '--info', [CompletionResultType]::ParameterName, 'Anything else Meta''s reviewers should know (additional_supporting_information)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--no-check', '--no-check', [CompletionResultType]::ParameterName, 'Send the request even when a criterion is not met')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;verify;oba;status' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;verify;oba;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check, point by point, whether the number meets the criteria; exit 8 when one is not met')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Submit Meta''s Official Business Account request (after checking the criteria)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The number''s OBA request and what its status means')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;verify;oba;help;check' {
            break
        }
        'waba;verify;oba;help;request' {
            break
        }
        'waba;verify;oba;help;status' {
            break
        }
        'waba;verify;oba;help;help' {
            break
        }
        'waba;verify;help' {
            [CompletionResult]::new('request-code', 'request-code', [CompletionResultType]::ParameterValue, 'Ask Meta to send the number a verification code by SMS or voice call')
            [CompletionResult]::new('code', 'code', [CompletionResultType]::ParameterValue, 'Enter the code received (from standard input or a hidden prompt)')
            [CompletionResult]::new('pin', 'pin', [CompletionResultType]::ParameterValue, 'The two-step verification PIN: set or change it, see whether it is on')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The whole picture: code, registration, PIN, display name, OBA, business and account review')
            [CompletionResult]::new('oba', 'oba', [CompletionResultType]::ParameterValue, 'Official Business Account (the badge): check the criteria, request it, see the request')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;verify;help;request-code' {
            break
        }
        'waba;verify;help;code' {
            break
        }
        'waba;verify;help;pin' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set or change the two-step verification PIN (from standard input or a hidden prompt)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether two-step verification is on')
            break
        }
        'waba;verify;help;pin;set' {
            break
        }
        'waba;verify;help;pin;status' {
            break
        }
        'waba;verify;help;status' {
            break
        }
        'waba;verify;help;oba' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check, point by point, whether the number meets the criteria; exit 8 when one is not met')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Submit Meta''s Official Business Account request (after checking the criteria)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The number''s OBA request and what its status means')
            break
        }
        'waba;verify;help;oba;check' {
            break
        }
        'waba;verify;help;oba;request' {
            break
        }
        'waba;verify;help;oba;status' {
            break
        }
        'waba;verify;help;help' {
            break
        }
        'waba;webhooks' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Receive deliveries: handshake, signature check, one line per event; forward, save, exec')
            [CompletionResult]::new('trigger', 'trigger', [CompletionResultType]::ParameterValue, 'Send a signed Meta-shaped event of any kind to a receiver')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Send saved deliveries (from `listen --save`) or a payload file again')
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Subscribe the app to the WABA''s webhooks, optionally with a callback URL override')
            [CompletionResult]::new('unsubscribe', 'unsubscribe', [CompletionResultType]::ParameterValue, 'Unsubscribe the app from the WABA''s webhooks (it stops receiving them)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the apps subscribed to the WABA''s webhooks and their callback overrides')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;webhooks;listen' {
            [CompletionResult]::new('--addr', '--addr', [CompletionResultType]::ParameterName, 'Address to listen on')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Port to listen on (0: any free port; the one taken is printed on stderr)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port to listen on (0: any free port; the one taken is printed on stderr)')
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'Path Meta posts to')
            [CompletionResult]::new('--forward-to', '--forward-to', [CompletionResultType]::ParameterName, 'Pass each delivery on, body and signature header unchanged, and print the answer code')
            [CompletionResult]::new('--save', '--save', [CompletionResultType]::ParameterName, 'Append each delivery (headers and raw body, one JSON line) to FILE, for `webhooks replay`')
            [CompletionResult]::new('--exec', '--exec', [CompletionResultType]::ParameterName, 'Run `sh -c CMD` for every event, its JSON on standard input')
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'Record the statuses of this bulk job''s messages in its journal (see `waba send status JOB`)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after N events')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Stop after the first event matching EXPR (e.g. status:delivered,id=wamid.X)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after DURATION (e.g. 30s, 5m, 500ms) with exit 9')
            [CompletionResult]::new('--queue', '--queue', [CompletionResultType]::ParameterName, 'Deliveries waiting to be processed at most, before senders are made to wait')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--app-secret-stdin', '--app-secret-stdin', [CompletionResultType]::ParameterName, 'Read the app secret from standard input')
            [CompletionResult]::new('--verify-token-stdin', '--verify-token-stdin', [CompletionResultType]::ParameterName, 'Read the verify token from standard input')
            [CompletionResult]::new('--no-signature-check', '--no-signature-check', [CompletionResultType]::ParameterName, 'Accept deliveries without checking their signature (anyone can then post events)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;webhooks;trigger' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The receiver''s URL')
            [CompletionResult]::new('--event', '--event', [CompletionResultType]::ParameterName, 'The event: a message type, a status, a template event or decision (first in --list by default)')
            [CompletionResult]::new('--message-id', '--message-id', [CompletionResultType]::ParameterName, 'The message id (wamid.…) a status, reply or reaction is about [default: a fresh one]')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The user: sender of a message, recipient of a status (E.164 or digits)')
            [CompletionResult]::new('--display-number', '--display-number', [CompletionResultType]::ParameterName, 'The business number''s digits as Meta shows them')
            [CompletionResult]::new('--error-code', '--error-code', [CompletionResultType]::ParameterName, 'The error code of a failed status')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'Text of a message, caption or button; a display name for phone-name')
            [CompletionResult]::new('--template-name', '--template-name', [CompletionResultType]::ParameterName, 'A template''s name')
            [CompletionResult]::new('--template-language', '--template-language', [CompletionResultType]::ParameterName, 'A template''s language')
            [CompletionResult]::new('--template-id', '--template-id', [CompletionResultType]::ParameterName, 'A template''s id')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'A category (of a template, or of a status''s pricing)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'A reason, previous score, new limit or restriction, as the kind takes it')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--list', '--list', [CompletionResultType]::ParameterName, 'List every kind and its events')
            [CompletionResult]::new('--app-secret-stdin', '--app-secret-stdin', [CompletionResultType]::ParameterName, 'Read the app secret from standard input')
            [CompletionResult]::new('--bad-signature', '--bad-signature', [CompletionResultType]::ParameterName, 'Sign with a wrong key (the receiver should answer 403)')
            [CompletionResult]::new('--no-signature', '--no-signature', [CompletionResultType]::ParameterName, 'Send no signature header (the receiver should answer 401)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;webhooks;replay' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The receiver''s URL')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--original-signature', '--original-signature', [CompletionResultType]::ParameterName, 'Send each delivery''s saved X-Hub-Signature-256 instead of signing it again')
            [CompletionResult]::new('--app-secret-stdin', '--app-secret-stdin', [CompletionResultType]::ParameterName, 'Read the app secret from standard input')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;webhooks;subscribe' {
            [CompletionResult]::new('--callback-url', '--callback-url', [CompletionResultType]::ParameterName, 'Send this WABA''s webhooks to URL instead of the app''s callback (https)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--verify-token-stdin', '--verify-token-stdin', [CompletionResultType]::ParameterName, 'Read the verify token from standard input (instead of WABA_VERIFY_TOKEN or the profile)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;webhooks;unsubscribe' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not on a terminal)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;webhooks;status' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;webhooks;help' {
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Receive deliveries: handshake, signature check, one line per event; forward, save, exec')
            [CompletionResult]::new('trigger', 'trigger', [CompletionResultType]::ParameterValue, 'Send a signed Meta-shaped event of any kind to a receiver')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Send saved deliveries (from `listen --save`) or a payload file again')
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Subscribe the app to the WABA''s webhooks, optionally with a callback URL override')
            [CompletionResult]::new('unsubscribe', 'unsubscribe', [CompletionResultType]::ParameterValue, 'Unsubscribe the app from the WABA''s webhooks (it stops receiving them)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the apps subscribed to the WABA''s webhooks and their callback overrides')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;webhooks;help;listen' {
            break
        }
        'waba;webhooks;help;trigger' {
            break
        }
        'waba;webhooks;help;replay' {
            break
        }
        'waba;webhooks;help;subscribe' {
            break
        }
        'waba;webhooks;help;unsubscribe' {
            break
        }
        'waba;webhooks;help;status' {
            break
        }
        'waba;webhooks;help;help' {
            break
        }
        'waba;sandbox' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox on 127.0.0.1 until interrupted; prints its base URL and token')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Restore the sandbox''s seeded world (discards every change)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show where the sandbox''s world lives, whether a server runs, and what it holds')
            [CompletionResult]::new('inbound', 'inbound', [CompletionResultType]::ParameterValue, 'Simulate a user writing in (opens their customer-service window)')
            [CompletionResult]::new('messages', 'messages', [CompletionResultType]::ParameterValue, 'List the messages the sandbox received, with their statuses and pricing')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Export the sandbox''s messages as an event log for `pricing simulate` and `limits check`')
            [CompletionResult]::new('allowlist', 'allowlist', [CompletionResultType]::ParameterValue, 'Show or change the recipients the sandbox''s test number may message (131030 otherwise)')
            [CompletionResult]::new('codes', 'codes', [CompletionResultType]::ParameterValue, 'Show the verification codes the sandbox sent (by "SMS" or "voice"), until used')
            [CompletionResult]::new('trigger', 'trigger', [CompletionResultType]::ParameterValue, 'Cause a platform event: a template''s quality drops, a number is flagged, an account restricted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;sandbox;serve' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port on 127.0.0.1 (0 picks a free one)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'World database [default: <data dir>/sandbox/world.db]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Token clients must send (a random one when absent; this is the sandbox''s, not a Meta token)')
            [CompletionResult]::new('--throughput', '--throughput', [CompletionResultType]::ParameterName, 'Message throughput: each number''s level as Meta enforces it (80 or 1,000 msg/s, then 130429), or unlimited for load tests (the pair rate and the messaging limit still apply)')
            [CompletionResult]::new('--faults', '--faults', [CompletionResultType]::ParameterName, 'Inject faults into sends (POST /{phone-number-id}/messages only), e.g. drop-after=5%,error-500-after=2%,error-500-before=1%,throttle=3%,slow=1%:2s (see below)')
            [CompletionResult]::new('--faults-seed', '--faults-seed', [CompletionResultType]::ParameterName, 'Seed of the fault draws: the same seed and the same sends give the same faults [default: a random one, printed as faults_seed]')
            [CompletionResult]::new('--webhook-url', '--webhook-url', [CompletionResultType]::ParameterName, 'The app''s callback URL: where webhooks go unless the number or the WABA subscription overrides it (https, or http to localhost)')
            [CompletionResult]::new('--webhook-retry-base', '--webhook-retry-base', [CompletionResultType]::ParameterName, 'Delay before the first retry of a failed delivery, doubling after each failure (e.g. 500ms, 1s, 2m)')
            [CompletionResult]::new('--webhook-attempts', '--webhook-attempts', [CompletionResultType]::ParameterName, 'Attempts per webhook before it is given up')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;sandbox;reset' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'World database [default: <data dir>/sandbox/world.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;sandbox;status' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'World database [default: <data dir>/sandbox/world.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;sandbox;inbound' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The user writing in, in E.164 (+ and digits)')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'The message text; `-` reads standard input')
            [CompletionResult]::new('--to-number', '--to-number', [CompletionResultType]::ParameterName, 'The business phone-number id written to [default: the sandbox''s primary number]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'World database [default: <data dir>/sandbox/world.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;sandbox;messages' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only messages to or from this user (E.164)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most the N most recent messages')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'World database [default: <data dir>/sandbox/world.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;sandbox;log' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only messages to or from this user (E.164)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'World database [default: <data dir>/sandbox/world.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;sandbox;allowlist' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show the recipients the test number may message')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Allow recipients (Meta allows at most 5 per test number)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take recipients off the list (their later sends get 131030)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;sandbox;allowlist;list' {
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'The test number''s phone-number id [default: the sandbox''s first test number]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'World database [default: <data dir>/sandbox/world.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;sandbox;allowlist;add' {
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'The test number''s phone-number id [default: the sandbox''s first test number]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'World database [default: <data dir>/sandbox/world.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;sandbox;allowlist;remove' {
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'The test number''s phone-number id [default: the sandbox''s first test number]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'World database [default: <data dir>/sandbox/world.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;sandbox;allowlist;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show the recipients the test number may message')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Allow recipients (Meta allows at most 5 per test number)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take recipients off the list (their later sends get 131030)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;sandbox;allowlist;help;list' {
            break
        }
        'waba;sandbox;allowlist;help;add' {
            break
        }
        'waba;sandbox;allowlist;help;remove' {
            break
        }
        'waba;sandbox;allowlist;help;help' {
            break
        }
        'waba;sandbox;codes' {
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'Only this phone number''s code')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'World database [default: <data dir>/sandbox/world.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;sandbox;trigger' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'World database [default: <data dir>/sandbox/world.db]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('template-quality', 'template-quality', [CompletionResultType]::ParameterValue, 'A template''s quality rating changes; RED pauses it (3 h, then 6 h, then DISABLED)')
            [CompletionResult]::new('template-unpause', 'template-unpause', [CompletionResultType]::ParameterValue, 'Unpause a paused template now, as WhatsApp Manager does')
            [CompletionResult]::new('phone', 'phone', [CompletionResultType]::ParameterValue, 'A phone number''s quality rating and/or status changes')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'The WABA is restricted, banned or active again')
            [CompletionResult]::new('business-verification', 'business-verification', [CompletionResultType]::ParameterValue, 'Business verification is decided (number allowance, messaging limit, OBA)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;sandbox;trigger;template-quality' {
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'The template''s language, when it has several')
            [CompletionResult]::new('--rating', '--rating', [CompletionResultType]::ParameterName, 'The new quality rating')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'World database [default: <data dir>/sandbox/world.db]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;sandbox;trigger;template-unpause' {
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'The template''s language, when it has several')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'World database [default: <data dir>/sandbox/world.db]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;sandbox;trigger;phone' {
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'The phone-number id [default: the sandbox''s primary number]')
            [CompletionResult]::new('--rating', '--rating', [CompletionResultType]::ParameterName, 'The new quality rating')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'The new status')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'World database [default: <data dir>/sandbox/world.db]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;sandbox;trigger;account' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'The WABA''s new status')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'World database [default: <data dir>/sandbox/world.db]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;sandbox;trigger;business-verification' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'The same, as a flag (older scripts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'World database [default: <data dir>/sandbox/world.db]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;sandbox;trigger;help' {
            [CompletionResult]::new('template-quality', 'template-quality', [CompletionResultType]::ParameterValue, 'A template''s quality rating changes; RED pauses it (3 h, then 6 h, then DISABLED)')
            [CompletionResult]::new('template-unpause', 'template-unpause', [CompletionResultType]::ParameterValue, 'Unpause a paused template now, as WhatsApp Manager does')
            [CompletionResult]::new('phone', 'phone', [CompletionResultType]::ParameterValue, 'A phone number''s quality rating and/or status changes')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'The WABA is restricted, banned or active again')
            [CompletionResult]::new('business-verification', 'business-verification', [CompletionResultType]::ParameterValue, 'Business verification is decided (number allowance, messaging limit, OBA)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;sandbox;trigger;help;template-quality' {
            break
        }
        'waba;sandbox;trigger;help;template-unpause' {
            break
        }
        'waba;sandbox;trigger;help;phone' {
            break
        }
        'waba;sandbox;trigger;help;account' {
            break
        }
        'waba;sandbox;trigger;help;business-verification' {
            break
        }
        'waba;sandbox;trigger;help;help' {
            break
        }
        'waba;sandbox;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox on 127.0.0.1 until interrupted; prints its base URL and token')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Restore the sandbox''s seeded world (discards every change)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show where the sandbox''s world lives, whether a server runs, and what it holds')
            [CompletionResult]::new('inbound', 'inbound', [CompletionResultType]::ParameterValue, 'Simulate a user writing in (opens their customer-service window)')
            [CompletionResult]::new('messages', 'messages', [CompletionResultType]::ParameterValue, 'List the messages the sandbox received, with their statuses and pricing')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Export the sandbox''s messages as an event log for `pricing simulate` and `limits check`')
            [CompletionResult]::new('allowlist', 'allowlist', [CompletionResultType]::ParameterValue, 'Show or change the recipients the sandbox''s test number may message (131030 otherwise)')
            [CompletionResult]::new('codes', 'codes', [CompletionResultType]::ParameterValue, 'Show the verification codes the sandbox sent (by "SMS" or "voice"), until used')
            [CompletionResult]::new('trigger', 'trigger', [CompletionResultType]::ParameterValue, 'Cause a platform event: a template''s quality drops, a number is flagged, an account restricted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;sandbox;help;serve' {
            break
        }
        'waba;sandbox;help;reset' {
            break
        }
        'waba;sandbox;help;status' {
            break
        }
        'waba;sandbox;help;inbound' {
            break
        }
        'waba;sandbox;help;messages' {
            break
        }
        'waba;sandbox;help;log' {
            break
        }
        'waba;sandbox;help;allowlist' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show the recipients the test number may message')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Allow recipients (Meta allows at most 5 per test number)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take recipients off the list (their later sends get 131030)')
            break
        }
        'waba;sandbox;help;allowlist;list' {
            break
        }
        'waba;sandbox;help;allowlist;add' {
            break
        }
        'waba;sandbox;help;allowlist;remove' {
            break
        }
        'waba;sandbox;help;codes' {
            break
        }
        'waba;sandbox;help;trigger' {
            [CompletionResult]::new('template-quality', 'template-quality', [CompletionResultType]::ParameterValue, 'A template''s quality rating changes; RED pauses it (3 h, then 6 h, then DISABLED)')
            [CompletionResult]::new('template-unpause', 'template-unpause', [CompletionResultType]::ParameterValue, 'Unpause a paused template now, as WhatsApp Manager does')
            [CompletionResult]::new('phone', 'phone', [CompletionResultType]::ParameterValue, 'A phone number''s quality rating and/or status changes')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'The WABA is restricted, banned or active again')
            [CompletionResult]::new('business-verification', 'business-verification', [CompletionResultType]::ParameterValue, 'Business verification is decided (number allowance, messaging limit, OBA)')
            break
        }
        'waba;sandbox;help;trigger;template-quality' {
            break
        }
        'waba;sandbox;help;trigger;template-unpause' {
            break
        }
        'waba;sandbox;help;trigger;phone' {
            break
        }
        'waba;sandbox;help;trigger;account' {
            break
        }
        'waba;sandbox;help;trigger;business-verification' {
            break
        }
        'waba;sandbox;help;help' {
            break
        }
        'waba;completions' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;man' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write waba.1 and one page per command (waba-templates-apply.1, …) into DIR, created if missing')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use [env: WABA_PROFILE]')
            [CompletionResult]::new('--account-id', '--account-id', [CompletionResultType]::ParameterName, 'WhatsApp Business Account id [env: WABA_ACCOUNT_ID]')
            [CompletionResult]::new('--phone-number-id', '--phone-number-id', [CompletionResultType]::ParameterName, 'Business phone-number id [env: WABA_PHONE_NUMBER_ID]')
            [CompletionResult]::new('--business-id', '--business-id', [CompletionResultType]::ParameterName, 'Business portfolio id [env: WABA_BUSINESS_ID]')
            [CompletionResult]::new('--app-id', '--app-id', [CompletionResultType]::ParameterName, 'Meta app id [env: WABA_APP_ID]')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Graph API version, e.g. v25.0 [env: WABA_API_VERSION]')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Graph API base URL [env: WABA_BASE_URL] [default: https://graph.facebook.com]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr; no assumptions; a check that passes prints nothing')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt, even on a terminal (also when CI is set); confirmations then need --yes')
            [CompletionResult]::new('--no-assumptions', '--no-assumptions', [CompletionResultType]::ParameterName, 'Leave the assumptions behind estimates out of tables (JSON keeps them)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;help' {
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'The access token: validity, expiry, scopes and app (Meta''s debug_token)')
            [CompletionResult]::new('limits', 'limits', [CompletionResultType]::ParameterValue, 'Messaging limits: the live limit, log replays, what-ifs and schedules')
            [CompletionResult]::new('media', 'media', [CompletionResultType]::ParameterValue, 'Media: upload, show, download (SHA-256 verified) and delete media objects')
            [CompletionResult]::new('messages', 'messages', [CompletionResultType]::ParameterValue, 'Messages received: mark as read, typing indicator')
            [CompletionResult]::new('numbers', 'numbers', [CompletionResultType]::ParameterValue, 'Phone numbers: quality rating, status, messaging limit, throughput')
            [CompletionResult]::new('pricing', 'pricing', [CompletionResultType]::ParameterValue, 'What messages cost: simulate a log, estimate a month, show rate cards (offline)')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage profiles (accounts and their tokens)')
            [CompletionResult]::new('templates', 'templates', [CompletionResultType]::ParameterValue, 'Message templates as code: list, create, wait, pull, plan, apply; lint files offline')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send messages of every type, checked before they leave and never sent twice')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a number: code, two-step PIN, the whole picture, Official Business Account')
            [CompletionResult]::new('webhooks', 'webhooks', [CompletionResultType]::ParameterValue, 'Webhooks: listen with signature checks, trigger and replay signed events')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run or reset the built-in Graph API sandbox')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff), or write one page per command')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;help;auth' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Check the access token with Meta: validity, expiry, scopes and app; exit 4 when it is invalid')
            break
        }
        'waba;help;auth;status' {
            break
        }
        'waba;help;limits' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The account''s messaging limit now, each number''s quality and status, and what the next level needs')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Replay an event log against the limits; exit 8 when a send would have been blocked')
            [CompletionResult]::new('simulate', 'simulate', [CompletionResultType]::ParameterValue, 'What-if: the limit day by day for a planned volume')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'The fastest schedule the rules allow from one tier to another')
            [CompletionResult]::new('throughput', 'throughput', [CompletionResultType]::ParameterValue, 'A number''s throughput level, what it means, and the webhook capacity it needs')
            break
        }
        'waba;help;limits;show' {
            break
        }
        'waba;help;limits;check' {
            break
        }
        'waba;help;limits;simulate' {
            break
        }
        'waba;help;limits;plan' {
            break
        }
        'waba;help;limits;throughput' {
            break
        }
        'waba;help;media' {
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload a file (type and size checked against Meta''s limits first); prints the media id')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a media object: download URL (valid 5 minutes), MIME type, SHA-256, size')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download a media object to a file, verifying its SHA-256')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a media object')
            break
        }
        'waba;help;media;upload' {
            break
        }
        'waba;help;media;show' {
            break
        }
        'waba;help;media;download' {
            break
        }
        'waba;help;media;delete' {
            break
        }
        'waba;help;messages' {
            [CompletionResult]::new('read', 'read', [CompletionResultType]::ParameterValue, 'Mark a received message as read (blue ticks), optionally showing the typing indicator')
            break
        }
        'waba;help;messages;read' {
            break
        }
        'waba;help;numbers' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s phone numbers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one phone number in full')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Check quality, status and limits of every number and of the account; exit 8 on problems')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a phone number to the account (checked first; the portfolio''s allowance explained)')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register the number on the Cloud API with its two-step PIN (read from stdin or a prompt)')
            [CompletionResult]::new('deregister', 'deregister', [CompletionResultType]::ParameterValue, 'Deregister the number from the Cloud API (asks first; --yes when not on a terminal)')
            [CompletionResult]::new('display-name', 'display-name', [CompletionResultType]::ParameterValue, 'The number''s display name: check it offline, submit it for review, see the review')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'The number''s business profile: about, address, description, email, websites, vertical')
            break
        }
        'waba;help;numbers;list' {
            break
        }
        'waba;help;numbers;show' {
            break
        }
        'waba;help;numbers;health' {
            break
        }
        'waba;help;numbers;add' {
            break
        }
        'waba;help;numbers;register' {
            break
        }
        'waba;help;numbers;deregister' {
            break
        }
        'waba;help;numbers;display-name' {
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check a display name offline against Meta''s formatting guidelines; exit 8 when it fails')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Submit a new display name for Meta''s review, after checking it offline')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The number''s display name, its review status and what it means')
            break
        }
        'waba;help;numbers;display-name;lint' {
            break
        }
        'waba;help;numbers;display-name;set' {
            break
        }
        'waba;help;numbers;display-name;status' {
            break
        }
        'waba;help;numbers;profile' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the number''s business profile')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change fields of the number''s business profile (others stay as they are)')
            break
        }
        'waba;help;numbers;profile;show' {
            break
        }
        'waba;help;numbers;profile;set' {
            break
        }
        'waba;help;pricing' {
            [CompletionResult]::new('simulate', 'simulate', [CompletionResultType]::ParameterValue, 'Price an event log: totals by category, market and month; --explain for every event')
            [CompletionResult]::new('estimate', 'estimate', [CompletionResultType]::ParameterValue, 'Estimate a planned month from message counts')
            [CompletionResult]::new('rates', 'rates', [CompletionResultType]::ParameterValue, 'Show the rate card in force on a date')
            [CompletionResult]::new('market', 'market', [CompletionResultType]::ParameterValue, 'Show which market a phone number is billed in, and why; without one, list the markets')
            [CompletionResult]::new('compare', 'compare', [CompletionResultType]::ParameterValue, 'Price the same log under every regime, side by side')
            break
        }
        'waba;help;pricing;simulate' {
            break
        }
        'waba;help;pricing;estimate' {
            break
        }
        'waba;help;pricing;rates' {
            break
        }
        'waba;help;pricing;market' {
            break
        }
        'waba;help;pricing;compare' {
            break
        }
        'waba;help;profile' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add (or with --force replace) a profile; prompts on a terminal, flags otherwise')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a profile''s ids or API version; its stored token is kept')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every resolved setting and where it came from (secrets masked)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile and its secrets')
            break
        }
        'waba;help;profile;add' {
            break
        }
        'waba;help;profile;set' {
            break
        }
        'waba;help;profile;list' {
            break
        }
        'waba;help;profile;show' {
            break
        }
        'waba;help;profile;use' {
            break
        }
        'waba;help;profile;remove' {
            break
        }
        'waba;help;templates' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s templates: name, language, category, status, quality')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one template in full, or as a template file (--as-file toml|json)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Lint template files, upload their media headers and submit them for review')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an existing template from its file, where Meta allows edits')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a template: every language, or one with --language')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until review approves (exit 0) or rejects (exit 8) a template, or --all')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Write the account''s templates as files (<name>/<language>.toml)')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Compare a directory of files with the account; exit 8 when they differ')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the account match a directory of files: create, edit, --prune to delete')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check template files offline against Meta''s rules; exit 8 on errors')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'List the lint rules with their severity and source')
            break
        }
        'waba;help;templates;list' {
            break
        }
        'waba;help;templates;show' {
            break
        }
        'waba;help;templates;create' {
            break
        }
        'waba;help;templates;edit' {
            break
        }
        'waba;help;templates;delete' {
            break
        }
        'waba;help;templates;wait' {
            break
        }
        'waba;help;templates;pull' {
            break
        }
        'waba;help;templates;plan' {
            break
        }
        'waba;help;templates;apply' {
            break
        }
        'waba;help;templates;lint' {
            break
        }
        'waba;help;templates;rules' {
            break
        }
        'waba;help;send' {
            [CompletionResult]::new('text', 'text', [CompletionResultType]::ParameterValue, 'Send a text message (at most 4,096 characters)')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Send an approved template, its parameters checked against the template''s definition')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Send an image (JPEG or PNG, at most 5 MB)')
            [CompletionResult]::new('video', 'video', [CompletionResultType]::ParameterValue, 'Send a video (MP4 or 3GPP, at most 16 MB)')
            [CompletionResult]::new('audio', 'audio', [CompletionResultType]::ParameterValue, 'Send an audio file (AAC, AMR, MP3, M4A, OGG/Opus, at most 16 MB)')
            [CompletionResult]::new('document', 'document', [CompletionResultType]::ParameterValue, 'Send a document (PDF, TXT, Office files, at most 100 MB)')
            [CompletionResult]::new('sticker', 'sticker', [CompletionResultType]::ParameterValue, 'Send a sticker (WebP, at most 100 KB static or 500 KB animated)')
            [CompletionResult]::new('location', 'location', [CompletionResultType]::ParameterValue, 'Send a location pin')
            [CompletionResult]::new('reaction', 'reaction', [CompletionResultType]::ParameterValue, 'React to a message with an emoji (an empty emoji removes the reaction)')
            [CompletionResult]::new('buttons', 'buttons', [CompletionResultType]::ParameterValue, 'Send a message with 1 to 3 reply buttons')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Send a list message (sections of rows behind a menu button)')
            [CompletionResult]::new('json', 'json', [CompletionResultType]::ParameterValue, 'Send a full Graph message body from a JSON file, checked by the same rules')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'Send 1 to 5 contact cards from a vCard or JSON file')
            [CompletionResult]::new('cta-url', 'cta-url', [CompletionResultType]::ParameterValue, 'Send a message with a call-to-action URL button')
            [CompletionResult]::new('location-request', 'location-request', [CompletionResultType]::ParameterValue, 'Ask the user to share their location')
            [CompletionResult]::new('product', 'product', [CompletionResultType]::ParameterValue, 'Send one product of the account''s catalog (single-product message)')
            [CompletionResult]::new('product-list', 'product-list', [CompletionResultType]::ParameterValue, 'Send up to 30 products of the catalog in sections (multi-product message)')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'Send a message that opens the account''s catalog')
            [CompletionResult]::new('flow', 'flow', [CompletionResultType]::ParameterValue, 'Send a message whose button opens a WhatsApp Flow')
            [CompletionResult]::new('bulk', 'bulk', [CompletionResultType]::ParameterValue, 'Send a template to every row of a CSV or JSONL file: validated, estimated, paced, journalled, resumable')
            [CompletionResult]::new('jobs', 'jobs', [CompletionResultType]::ParameterValue, 'List the bulk jobs in the data directory')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show a bulk job: rows by state, webhook outcomes; -o csv one row per recipient')
            break
        }
        'waba;help;send;text' {
            break
        }
        'waba;help;send;template' {
            break
        }
        'waba;help;send;image' {
            break
        }
        'waba;help;send;video' {
            break
        }
        'waba;help;send;audio' {
            break
        }
        'waba;help;send;document' {
            break
        }
        'waba;help;send;sticker' {
            break
        }
        'waba;help;send;location' {
            break
        }
        'waba;help;send;reaction' {
            break
        }
        'waba;help;send;buttons' {
            break
        }
        'waba;help;send;list' {
            break
        }
        'waba;help;send;json' {
            break
        }
        'waba;help;send;contact' {
            break
        }
        'waba;help;send;cta-url' {
            break
        }
        'waba;help;send;location-request' {
            break
        }
        'waba;help;send;product' {
            break
        }
        'waba;help;send;product-list' {
            break
        }
        'waba;help;send;catalog' {
            break
        }
        'waba;help;send;flow' {
            break
        }
        'waba;help;send;bulk' {
            break
        }
        'waba;help;send;jobs' {
            break
        }
        'waba;help;send;status' {
            break
        }
        'waba;help;verify' {
            [CompletionResult]::new('request-code', 'request-code', [CompletionResultType]::ParameterValue, 'Ask Meta to send the number a verification code by SMS or voice call')
            [CompletionResult]::new('code', 'code', [CompletionResultType]::ParameterValue, 'Enter the code received (from standard input or a hidden prompt)')
            [CompletionResult]::new('pin', 'pin', [CompletionResultType]::ParameterValue, 'The two-step verification PIN: set or change it, see whether it is on')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The whole picture: code, registration, PIN, display name, OBA, business and account review')
            [CompletionResult]::new('oba', 'oba', [CompletionResultType]::ParameterValue, 'Official Business Account (the badge): check the criteria, request it, see the request')
            break
        }
        'waba;help;verify;request-code' {
            break
        }
        'waba;help;verify;code' {
            break
        }
        'waba;help;verify;pin' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set or change the two-step verification PIN (from standard input or a hidden prompt)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether two-step verification is on')
            break
        }
        'waba;help;verify;pin;set' {
            break
        }
        'waba;help;verify;pin;status' {
            break
        }
        'waba;help;verify;status' {
            break
        }
        'waba;help;verify;oba' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check, point by point, whether the number meets the criteria; exit 8 when one is not met')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Submit Meta''s Official Business Account request (after checking the criteria)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The number''s OBA request and what its status means')
            break
        }
        'waba;help;verify;oba;check' {
            break
        }
        'waba;help;verify;oba;request' {
            break
        }
        'waba;help;verify;oba;status' {
            break
        }
        'waba;help;webhooks' {
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Receive deliveries: handshake, signature check, one line per event; forward, save, exec')
            [CompletionResult]::new('trigger', 'trigger', [CompletionResultType]::ParameterValue, 'Send a signed Meta-shaped event of any kind to a receiver')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Send saved deliveries (from `listen --save`) or a payload file again')
            [CompletionResult]::new('subscribe', 'subscribe', [CompletionResultType]::ParameterValue, 'Subscribe the app to the WABA''s webhooks, optionally with a callback URL override')
            [CompletionResult]::new('unsubscribe', 'unsubscribe', [CompletionResultType]::ParameterValue, 'Unsubscribe the app from the WABA''s webhooks (it stops receiving them)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the apps subscribed to the WABA''s webhooks and their callback overrides')
            break
        }
        'waba;help;webhooks;listen' {
            break
        }
        'waba;help;webhooks;trigger' {
            break
        }
        'waba;help;webhooks;replay' {
            break
        }
        'waba;help;webhooks;subscribe' {
            break
        }
        'waba;help;webhooks;unsubscribe' {
            break
        }
        'waba;help;webhooks;status' {
            break
        }
        'waba;help;sandbox' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox on 127.0.0.1 until interrupted; prints its base URL and token')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Restore the sandbox''s seeded world (discards every change)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show where the sandbox''s world lives, whether a server runs, and what it holds')
            [CompletionResult]::new('inbound', 'inbound', [CompletionResultType]::ParameterValue, 'Simulate a user writing in (opens their customer-service window)')
            [CompletionResult]::new('messages', 'messages', [CompletionResultType]::ParameterValue, 'List the messages the sandbox received, with their statuses and pricing')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Export the sandbox''s messages as an event log for `pricing simulate` and `limits check`')
            [CompletionResult]::new('allowlist', 'allowlist', [CompletionResultType]::ParameterValue, 'Show or change the recipients the sandbox''s test number may message (131030 otherwise)')
            [CompletionResult]::new('codes', 'codes', [CompletionResultType]::ParameterValue, 'Show the verification codes the sandbox sent (by "SMS" or "voice"), until used')
            [CompletionResult]::new('trigger', 'trigger', [CompletionResultType]::ParameterValue, 'Cause a platform event: a template''s quality drops, a number is flagged, an account restricted')
            break
        }
        'waba;help;sandbox;serve' {
            break
        }
        'waba;help;sandbox;reset' {
            break
        }
        'waba;help;sandbox;status' {
            break
        }
        'waba;help;sandbox;inbound' {
            break
        }
        'waba;help;sandbox;messages' {
            break
        }
        'waba;help;sandbox;log' {
            break
        }
        'waba;help;sandbox;allowlist' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show the recipients the test number may message')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Allow recipients (Meta allows at most 5 per test number)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take recipients off the list (their later sends get 131030)')
            break
        }
        'waba;help;sandbox;allowlist;list' {
            break
        }
        'waba;help;sandbox;allowlist;add' {
            break
        }
        'waba;help;sandbox;allowlist;remove' {
            break
        }
        'waba;help;sandbox;codes' {
            break
        }
        'waba;help;sandbox;trigger' {
            [CompletionResult]::new('template-quality', 'template-quality', [CompletionResultType]::ParameterValue, 'A template''s quality rating changes; RED pauses it (3 h, then 6 h, then DISABLED)')
            [CompletionResult]::new('template-unpause', 'template-unpause', [CompletionResultType]::ParameterValue, 'Unpause a paused template now, as WhatsApp Manager does')
            [CompletionResult]::new('phone', 'phone', [CompletionResultType]::ParameterValue, 'A phone number''s quality rating and/or status changes')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'The WABA is restricted, banned or active again')
            [CompletionResult]::new('business-verification', 'business-verification', [CompletionResultType]::ParameterValue, 'Business verification is decided (number allowance, messaging limit, OBA)')
            break
        }
        'waba;help;sandbox;trigger;template-quality' {
            break
        }
        'waba;help;sandbox;trigger;template-unpause' {
            break
        }
        'waba;help;sandbox;trigger;phone' {
            break
        }
        'waba;help;sandbox;trigger;account' {
            break
        }
        'waba;help;sandbox;trigger;business-verification' {
            break
        }
        'waba;help;completions' {
            break
        }
        'waba;help;man' {
            break
        }
        'waba;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}


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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('numbers', 'numbers', [CompletionResultType]::ParameterValue, 'Phone numbers: quality rating, status, messaging limit, throughput')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage profiles (accounts and their tokens)')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run or reset the built-in Graph API sandbox')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s phone numbers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one phone number in full')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Check quality, status and limits of every number and of the account; exit 8 on problems')
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;numbers;health' {
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'Quality rating at or below which a number fails')
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;numbers;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s phone numbers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one phone number in full')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Check quality, status and limits of every number and of the account; exit 8 on problems')
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
        'waba;numbers;help;help' {
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add (or with --force replace) a profile; prompts on a terminal, flags otherwise')
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
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace a profile of the same name')
            [CompletionResult]::new('--default', '--default', [CompletionResultType]::ParameterName, 'Make this profile the default (the first profile always is)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v requests, -vv more, -vvv response bodies (tokens are never logged)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;profile;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add (or with --force replace) a profile; prompts on a terminal, flags otherwise')
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox on 127.0.0.1 until interrupted; prints its base URL and token')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Restore the sandbox''s seeded world (discards every change)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;sandbox;serve' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port on 127.0.0.1 (0 picks a free one)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: <data dir>/sandbox/state.json]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Token clients must send (a random one when absent; this is the sandbox''s, not a Meta token)')
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;sandbox;reset' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: <data dir>/sandbox/state.json]')
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;sandbox;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox on 127.0.0.1 until interrupted; prints its base URL and token')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Restore the sandbox''s seeded world (discards every change)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;sandbox;help;serve' {
            break
        }
        'waba;sandbox;help;reset' {
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;man' {
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
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the built-in sandbox (a local Graph API emulator) instead of Meta')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'waba;help' {
            [CompletionResult]::new('numbers', 'numbers', [CompletionResultType]::ParameterValue, 'Phone numbers: quality rating, status, messaging limit, throughput')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage profiles (accounts and their tokens)')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Run or reset the built-in Graph API sandbox')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'waba;help;numbers' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the account''s phone numbers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one phone number in full')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Check quality, status and limits of every number and of the account; exit 8 on problems')
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
        'waba;help;profile' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add (or with --force replace) a profile; prompts on a terminal, flags otherwise')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List profiles')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every resolved setting and where it came from (secrets masked)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a profile and its secrets')
            break
        }
        'waba;help;profile;add' {
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
        'waba;help;sandbox' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox on 127.0.0.1 until interrupted; prints its base URL and token')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Restore the sandbox''s seeded world (discards every change)')
            break
        }
        'waba;help;sandbox;serve' {
            break
        }
        'waba;help;sandbox;reset' {
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

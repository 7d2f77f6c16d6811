<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditDetails</name>
    <message>
        <source>Configuration changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway key set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway key cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallboard thresholds changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration rolled back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallContext</name>
    <message>
        <source>must be a non-empty account or customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a decimal string such as &quot;125.50&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string of at most 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be ivr or conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallSetupCheck</name>
    <message numerus="yes">
        <source>The amount due &quot;%1&quot; is not an amount in %2, which has %n decimal(s): %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n decimal(s)), %2, %3; %4; %5; %6; site %7</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The account is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount due is below the minimum of %1: the caller will be asked for an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount due is above the maximum of %1: the caller will be asked for an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount due is fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the caller chooses the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys and voice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardMask</name>
    <message>
        <source>%1 ending %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleAccounts</name>
    <message>
        <source>no store is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowConfig</name>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of card brand identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown card brand &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be transfer_to_agent, return_to_ivr or disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a decimal string such as &quot;12.50&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be sandbox, server or endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at most 25 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a SIP URI such as sip:agents@pbx.example, or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supported ISO 4217 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be below minAmount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name at least one card brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required for gateway mode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be fixed or caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be dtmf, voice or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object keyed by step name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 to 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the configuration must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be longer than a charge&apos;s whole recovery (connectTimeoutMs + 2 x transferTimeoutMs = %1 ms), or a charge sent again after a lost reply could be made twice; 0 is refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiQuery</name>
    <message>
        <source>session %1: the stored replay is unreadable: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadGenerator</name>
    <message>
        <source>the mix is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mix is not a JSON object of weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown call kind &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the weight must be a number of at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mix has no call kind with a weight above 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>the hash key may only end the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no decimals; the star key is not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one star key may mark the decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at most %n decimal(s)</source>
        <translation>
            <numerusform>%1 takes at most %n decimal</numerusform>
            <numerusform>%1 takes at most %n decimals</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>use at least 12 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mix letters with digits or symbols</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptLanguage</name>
    <message>
        <source>unknown language &quot;%1&quot; (available: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptRenderer</name>
    <message>
        <source>no prompt set is loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prompt set is in %1, the prompt in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptSet</name>
    <message>
        <source>the manifest is larger than 8 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a prompt set manifest (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported manifest version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;segments&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid segment id (a-z, 0-9, _ and -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;source&quot; must be &quot;recorded&quot; or &quot;synthesised&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prompt set has no segment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at %2 Hz, not %3 Hz</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>an utterance must have 1 to 500 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 64 keys per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character %1 of &quot;%2&quot; is not a DTMF key (0-9, * and #); a step is keys, &quot;timeout&quot;, &quot;hangup&quot; or &quot;say:TEXT&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario is larger than 4 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scenario must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown result key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an audio input needs a WAV file&apos;s path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such audio file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionRecord</name>
    <message>
        <source>a session without an id or an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1: more than four card digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1: an event is not [time, kind, step, detail]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1: a time or a count is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionReplay</name>
    <message>
        <source>&quot;steps&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step is not an object with a name and a list of prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;closingPrompts&quot; is not a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;declineCodes&quot; is not a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;transferContext&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither JSON nor a compressed replay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSpool</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreBackend</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreConnection</name>
    <message>
        <source>the Qt SQL driver %1 is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the KPI store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreSchema</name>
    <message>
        <source>schema: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this program&apos;s %2; update the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreUrl</name>
    <message>
        <source>&quot;%1&quot;: the SQLite URL names no file (sqlite:PATH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL (postgresql://user@host:port/db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the PostgreSQL URL names no database (postgresql://user@host:port/db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a store URL is sqlite:PATH or postgresql://user@host:port/db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PostgreSQL URL takes sslmode (disable, allow, prefer, require, verify-ca, verify-full) and sslrootcert (a CA file) only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a store URL holds no password (every user of the machine can read a command line): put it in a password file (~/.pgpass, or the file PGPASSFILE names, mode 0600)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserAccounts</name>
    <message>
        <source>The name or the password is not right, or the account is locked for a while after too many failed log-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an admin may do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first account must be an admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user name has 2 to 32 letters, digits, dots, dashes or underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user named %1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an admin cannot remove their own account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an admin cannot take away their own admin role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was reset by an admin: choose a new one to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an admin changes their own password with the current one, not by a reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new password must differ from the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password was changed in the meantime</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WavFile</name>
    <message>
        <source>the file is larger than 256 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a RIFF/WAVE file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: the RIFF header announces %1 bytes but the file has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: the &quot;%1&quot; chunk announces %2 bytes, only %3 are present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format chunk is too short (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format %1 is not PCM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 channels; only mono is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bits per sample; only 16 is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample rate %1 Hz; only 8000 and 16000 are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inconsistent format chunk (block align %1, byte rate %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data chunk comes before the format chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data chunk has an odd number of bytes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no format chunk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>VoicePay call simulator, dashboards and configuration editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this configuration file instead of the saved one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit once the window is painted (start-up timing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up AREA (%1), save a picture of the window to FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AREA:FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KPI store: sqlite:PATH or postgresql://user@host:port/db (default: the embedded SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign NAME in without the dialog; the password is read from VOICEPAY_CONSOLE_PASSWORD or standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours: system, light or dark (default: the choice in View › Theme, else system).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::KpiStore</name>
    <message>
        <source>the KPI store is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) kept in %1; they are stored when the store next opens</source>
        <translation>
            <numerusform>%n session kept in %1; it is stored when the store next opens</numerusform>
            <numerusform>%n sessions kept in %1; they are stored when the store next opens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) not stored: the spool %1 could not be written (%2)</source>
        <translation>
            <numerusform>%n session not stored: the spool %1 could not be written (%2)</numerusform>
            <numerusform>%n sessions not stored: the spool %1 could not be written (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>locked by another process</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui</name>
    <message>
        <source>the payment journal cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::AudioPreview</name>
    <message>
        <source>no prompt set at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recording of segment %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::AuditLogPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n record(s) checked.</source>
        <translation>
            <numerusform>Chain intact: %n record checked.</numerusform>
            <numerusform>Chain intact: %n records checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain BROKEN at record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show times in UTC instead of this computer&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::BrandListWidget</name>
    <message>
        <source>%1: %2 digits, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no security code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::CallSession</name>
    <message>
        <source>(spoken, masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hangs up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved, transaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::CallSetupWidget</name>
    <message>
        <source>Identified by the IVR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVR call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked: the flow asks the caller for the account number and PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount &amp;due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merchant id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs under: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ChangePasswordDialog</name>
    <message>
        <source>VoicePay: change the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password accepted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ClampIndicator</name>
    <message>
        <source>DTMF clamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTMF clamp off: the agent hears the caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTMF clamp on: the agent cannot hear the keys the caller presses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys kept from the agent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConferenceView</name>
    <message>
        <source>Caller is at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luhn check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call left the payment flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorizing the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment not taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConfigChangeList</name>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No setting changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConfigEditor</name>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 decimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;inimum amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ximum amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller may choose the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed: the amount due only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount &amp;mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declines and exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum &amp;declines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When declines reach it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer calls to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a payment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a failure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum authorization attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed brands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No security code for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry date for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read back the last four digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input, retries and time-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keypad and voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keypad only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input &amp;mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-prompts per question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-input time-out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inter-digit time-out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inter-digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked rows use their own re-prompts and time-outs (in milliseconds) instead of the general ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-process sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant &amp;login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction key is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect time-out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer time-out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest card number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no keychain support: the key cannot be stored. It is never written to the configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration saved (version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: review and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stored key for this merchant login from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the key first; Clear removes a stored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration is read-only for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: the key is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction key is removed from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit record could not be written: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings change. Save them? Your password is asked next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not saved, %n settings need attention:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The configuration is saved, but its version could not be kept in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no configuration history here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration rolled back to version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the IVR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConfigHistoryDialog</name>
    <message>
        <source>Configuration history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a version to see what it changed, or two versions to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll back to this version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it was before the first recorded save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or two versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from version %1 to version %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is the oldest kept; its changes from the defaults:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the one version to roll back to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConfigLocation</name>
    <message>
        <source>The configuration file could not be used (%1); the defaults are in effect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConsoleHelp</name>
    <message>
        <source>Call simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Every prompt the flow can play, in each language, with the recording or the synthesised voice. Select a prompt to read its text and press &lt;b&gt;Speak this prompt&lt;/b&gt; to hear it. Prompts the last calls played are marked.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The calls in progress and the results of the last minutes, refreshed every few seconds, for one site or all. &lt;b&gt;Serve as wallboard&lt;/b&gt; serves the same tiles as a web page for the floor&apos;s big screen.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Results over a chosen period: outcomes and durations, split by site, brand or another key. Pick the period, the granularity and the split at the top; the export buttons write the figures as CSV or PDF.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The stored calls of a chosen period. Select a call to see its steps, the transfer context, the gateway exchange and the prompts it heard, and replay it step by step with the slider. Card numbers are never stored: at most the brand and the last four digits show.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Users and their roles, and the audit trail of every administrative action. Adding a user or changing a role asks for your password.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Plays a payment call as the caller hears it. Choose the caller&apos;s details on the left and press &lt;b&gt;Start call&lt;/b&gt;; then answer each prompt with the keypad or by typing what the caller says in the box under the keypad.&lt;/p&gt;&lt;p&gt;The flow diagram shows where the call is; the transcript lists every prompt and answer. In an agent-assisted call the agent&apos;s panel shows what the agent hears: never the keys, which the clamp lamp confirms.&lt;/p&gt;&lt;p&gt;Calls made here are test calls: the dashboards leave them out unless &lt;b&gt;Include test calls&lt;/b&gt; is on. &lt;b&gt;File › Save call as scenario&lt;/b&gt; keeps a call to run again; &lt;b&gt;File › Run scenario suite&lt;/b&gt; runs a folder of them and shows each one&apos;s result and the flow coverage.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The payment flow&apos;s settings: limits, currency, accepted brands, retries and time-outs. Each key shows its allowed values, and errors show beside the fields. Only an admin saves, after reviewing the list of changes and typing the password again; every save goes to the audit trail first. &lt;b&gt;History&lt;/b&gt; keeps every saved version: compare two, or roll back to one.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Answers real SIP calls on this computer with the current configuration: choose a port and press &lt;b&gt;Start&lt;/b&gt;. The list shows the calls in progress and the step each is at; every call is stored in the console&apos;s KPI store like any other.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Stop&lt;/b&gt; ends the calls in progress as hang-ups (they are stored). The guide beside the list gives the address to dial and the X-VoicePay headers a call must carry.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConsoleLanguage</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console starts in %1 from now on: restart it to see the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConsoleReconciliation</name>
    <message>
        <source>Unconfirmed payments cannot be reconciled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation: %1 payments settled, %2 still unconfirmed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation: %1 payments settled, %2 still unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConsoleStore</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full: the store file cannot grow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store file could not be written: the disk may be full or the file may not grow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store file is read-only for this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program holds the store&apos;s write lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls are not being saved to the KPI store: %1. They are kept and saved once the store takes them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls are not being saved to the KPI store: %1 (%2). They are kept and saved once the store takes them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConsoleTheme</name>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::FlowDiagramWidget</name>
    <message>
        <source>Flow diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined (max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the IVR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller not identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVR call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::FunnelModel</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::GatewayChoice</name>
    <message>
        <source>no transaction key for %1 in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain under the service &quot;voicepay&quot;, never in the configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the merchant login first: the key is stored for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::HistoricalDashboard</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Granularity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsuccessful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · store %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VoicePay KPI report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, site %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;test calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the simulator&apos;s calls too (they are kept out of the KPIs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop-off by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test calls: included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test calls: left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a step to list the sessions that reached it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::KeypadWidget</name>
    <message>
        <source>Key %1 (keyboard: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keypad %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::KpiSummary</name>
    <message>
        <source>no calls in the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 points on the previous period (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % on the previous period (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::KpiTableModel</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsuccessful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg. duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::KpiTile</name>
    <message>
        <source>Click to list these sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::LiveDashboard</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Live: today (UTC) and the last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsuccessful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg. duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions ended today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls now, this console and the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve as &amp;wallboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these KPIs as a web page for the floor&apos;s screen (loopback only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallboard could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallboard: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;test calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the simulator&apos;s calls too (they are kept out of the KPIs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirmed payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments whose charge is not confirmed either way (the gateway did not answer, or the call ended while it was asked): do not charge them again until reconciliation settles them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted or unknown, any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallboard &amp;mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These KPIs full screen, with large tiles and their thresholds; Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a point to list the sessions of that minute its line counts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::LoginDialog</name>
    <message>
        <source>VoicePay: create the first admin account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VoicePay: sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has no user accounts yet. Create the first one: it is an admin, who can then add analysts, supervisors and other admins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An admin reset your password: choose a new one, then sign in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed: sign in with the new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::MainWindow</name>
    <message>
        <source>VoicePay Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save call as scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About VoicePay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About VoicePay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;VoicePay Console %1&lt;/h3&gt;&lt;p&gt;Call simulator, supervisor dashboards and configuration editor for phone card payments.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store URL is refused (%1); using %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1 (opening)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KPI store could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1 (not available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm with your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Password of %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the gateway key from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the gateway key in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin may do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit record could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1 (not saving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KPI store saves calls again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call ended (%1) but is not recorded: the KPI store is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gateway not available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway: not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; calls end as a technical error before any card data is asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simulated call is in progress; it would end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help for this area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the wallboard thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll the configuration back to version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario suite: %1 passed, %2 failed, %3 could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run scenario s&amp;uite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::PhoneCallsModel</name>
    <message>
        <source>Agent conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::PhoneGuide</name>
    <message>
        <source>mandatory: the caller&apos;s account, such as 10001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mandatory: the amount due, a decimal such as 125.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the merchant id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment reference, such as INV-1001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ivr or conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false: whether the caller is already identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prompts&apos; language, such as de-DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling the phone line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial %1 from a softphone on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The INVITE must carry the call&apos;s context in these SIP headers; a call without %1 or %2 is refused with 400 naming what is missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debian&apos;s baresip 1.0 cannot add headers of its own: let a PBX in front add them, then dial through it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debian&apos;s sip-tester sends the headers itself; a whole payment keyed as RFC 4733 events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are heard as RFC 4733 events, in-band tones or SIP INFO. When the call ends, the endpoint&apos;s BYE carries the result in X-VoicePay-Result, and the session is stored like any other.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::PhoneLine</name>
    <message>
        <source>The phone line program could not be started (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running (failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone line is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone line program (voicepay-ivr) is not installed next to the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a loopback address: the phone line only answers this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a port for the phone line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration could not be handed to the phone line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the phone line on port %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: calls in progress end as hang-ups and are stored…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering calls on %1, port %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The phone line is stopped; it answered %n call(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The phone line is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone line program ended unexpectedly (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is already in use by another program: choose another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 may not be used by the console: choose a port from 1024 up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no such address to answer calls on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone line cannot open the KPI store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone line stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::PhonePanel</name>
    <message>
        <source>Phone line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers SIP calls on this computer with the payment flow of the current configuration; every call is stored in this console&apos;s KPI store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls in progress: the KPI store cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1 (this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>::1 (this computer, IPv6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP and TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The phone line has %n call(s) in progress; they would end as hang-ups.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The phone line is answering calls; it would stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answering calls. Choose a port and start the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call in progress on the phone line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Calls in progress on the phone line: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>voicepay::ui::PromptCatalogModel</name>
    <message>
        <source>(call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::PromptExplorer</name>
    <message numerus="yes">
        <source>%n file(s) could not run: %1</source>
        <translation>
            <numerusform>%n file could not run: %1</numerusform>
            <numerusform>%n files could not run: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Prompt explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by id, step, situation, brand or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;never played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario suite not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run scenario suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speak this prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speech engine is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scenario folder at %1: coverage unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the scenario suite in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scenarios played %2 of %3 prompt variants; %4 never played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments (example values):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 digits ending %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario suite plays this variant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scenario of the suite plays this variant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plays the prompt as the caller hears it, from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prompt set at %1 (voicepay-sim promptset makes one)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::PushToTalk</name>
    <message>
        <source>No microphone on this machine: type what the caller says in the Say box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console was built without Qt Multimedia: type what the caller says in the Say box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speech recogniser: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold to &amp;talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold down and speak into the microphone; release when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call is not waiting for a spoken answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the microphone does not record 16 kHz mono</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ReportExporter</name>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ScenarioRecorder</name>
    <message>
        <source>Recorded in the VoicePay console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT REPLAYABLE: card data that is not a published test value was keyed; inputs %1 are masked (written as time-outs).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ScenarioSuitePage</name>
    <message>
        <source>Scenario suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder of scenario files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run scenario suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a scenario folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scenario files (*.json) in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the scenario suite in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow coverage: %1 of %2 steps and outcomes, %3 of %4 transitions, %5 of %6 prompt variants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never visited: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::SessionBrowser</name>
    <message>
        <source>Call started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 · %2 · site %3 · configuration %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 submission(s), %2 decline(s) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts at the replay position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ authorise %1 %2, card %3, invoice %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← approved, transaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← declined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by start, outcome or duration: click the column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>more than %1 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · showing %2–%3 · page %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::SessionSearchBar</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact value, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the step filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unconfirmed payments only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions whose charge is not confirmed either way until reconciliation settles it (payment journal: submitted or unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsuccessful (declined or failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::SimulatorPage</name>
    <message>
        <source>DTMF clamp on: the agent no longer hears the caller&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTMF clamp off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say something, e.g. &quot;yes&quot; or &quot;twenty dollars&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the question time out now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time-out in %vs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test-card kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key it in for this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys the card number, expiry, security code or demo PIN the current question asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replays the opened scenario one caller input at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak &amp;prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks each prompt with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speech engine is installed: prompts are shown only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a prompt to hear it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s screen (conference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent sees how many digits were keyed, the brand and the Luhn check; never the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario&apos;s configuration is refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started (session %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVR call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — exit: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempts %1, declines %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer context: step %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay: input %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call yet: set up a call and press Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizing the payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking: %1 (attempt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting (no time-out while replaying)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kit has nothing to key for this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a finished call can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save call as scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish a call first: only a finished call can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card data was keyed that is not one of the kit&apos;s published test cards. It is never written to a file: those inputs will be saved as time-outs and the scenario marked as not replayable.

Use the test-card kit to record a scenario that replays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario will contain the keys pressed, including the published test card values of the kit, so that `voicepay-sim run` can replay it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario %1 opened: %2 inputs to replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::SiteFilterBox</name>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one site of the store, or all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no site)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::TestCardKit</name>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cards[%1]: needs an id, a number of 12 to 19 digits, an MMYY expiry and a 3 or 4 digit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demoPins.%1: must be 4 to 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ThresholdsForm</name>
    <message>
        <source>Wallboard thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> / min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate amber below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate red below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang-ups amber above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang-ups red above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical errors amber above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical errors red above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-minute average over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thresholds file could not be used (%1); the defaults are in effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit record could not be written: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallboard thresholds saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::TimeDisplay</name>
    <message>
        <source>Times in &amp;UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the sessions&apos; and reports&apos; times in UTC instead of local time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::TranscriptModel</name>
    <message>
        <source>IVR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::UserAccountsPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change role of selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked until %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s)</source>
        <translation>
            <numerusform>%n failed attempt</numerusform>
            <numerusform>%n failed attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>You cannot remove the account you are signed in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the account %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for a new account or a reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;set password of selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Password field becomes the account&apos;s temporary password: its user must choose a new one at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was reset: they choose a new one at their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::WallboardMode</name>
    <message>
        <source>VoicePay wallboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsuccessful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang-ups per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical errors per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc leaves the wallboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditDetails</name>
    <message>
        <source>Configuration changed</source>
        <translation>Konfiguration geändert</translation>
    </message>
    <message>
        <source>Gateway key set</source>
        <translation>Gateway-Schlüssel abgelegt</translation>
    </message>
    <message>
        <source>Gateway key cleared</source>
        <translation>Gateway-Schlüssel gelöscht</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>Konto hinzugefügt</translation>
    </message>
    <message>
        <source>Account removed</source>
        <translation>Konto entfernt</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rolle geändert</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Konto gesperrt</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Konto entsperrt</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Passwort zurückgesetzt</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Prüfprotokoll exportiert</translation>
    </message>
    <message>
        <source>Audit log listed</source>
        <translation>Prüfprotokoll abgerufen</translation>
    </message>
    <message>
        <source>Audit log export</source>
        <translation>Export des Prüfprotokolls</translation>
    </message>
    <message>
        <source>Accounts listed</source>
        <translation>Konten abgerufen</translation>
    </message>
    <message>
        <source>Wallboard thresholds changed</source>
        <translation>Wallboard-Schwellenwerte geändert</translation>
    </message>
    <message>
        <source>Configuration rolled back</source>
        <translation>Konfiguration zurückgesetzt</translation>
    </message>
</context>
<context>
    <name>CallContext</name>
    <message>
        <source>must be a non-empty account or customer id</source>
        <translation>muss eine nicht leere Konto- oder Kunden-ID sein</translation>
    </message>
    <message>
        <source>must be a decimal string such as "125.50"</source>
        <translation>muss eine Dezimalzeichenkette wie "125.50" sein</translation>
    </message>
    <message>
        <source>must be a string of at most 64 characters</source>
        <translation>muss eine Zeichenkette mit höchstens 64 Zeichen sein</translation>
    </message>
    <message>
        <source>must be ivr or conference</source>
        <translation>muss ivr oder conference sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
</context>
<context>
    <name>CallSetupCheck</name>
    <message numerus="yes">
        <source>The amount due "%1" is not an amount in %2, which has %n decimal(s): %3</source>
        <translation>
            <numerusform>Der fällige Betrag „%1“ ist kein Betrag in %2 (%n Dezimalstelle): %3</numerusform>
            <numerusform>Der fällige Betrag „%1“ ist kein Betrag in %2 (%n Dezimalstellen): %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n decimal(s)), %2, %3; %4; %5; %6; site %7</source>
        <translation>
            <numerusform>%1 (%n Dezimalstelle), %2, %3; %4; %5; %6; Standort %7</numerusform>
            <numerusform>%1 (%n Dezimalstellen), %2, %3; %4; %5; %6; Standort %7</numerusform>
        </translation>
    </message>
    <message>
        <source>The account is missing.</source>
        <translation>Das Konto fehlt.</translation>
    </message>
    <message>
        <source>The amount due is below the minimum of %1: the caller will be asked for an amount.</source>
        <translation>Der fällige Betrag liegt unter dem Mindestbetrag von %1: Der Anrufer wird nach einem Betrag gefragt.</translation>
    </message>
    <message>
        <source>The amount due is above the maximum of %1: the caller will be asked for an amount.</source>
        <translation>Der fällige Betrag liegt über dem Höchstbetrag von %1: Der Anrufer wird nach einem Betrag gefragt.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>the amount due is fixed</source>
        <translation>der fällige Betrag ist fest</translation>
    </message>
    <message>
        <source>the caller chooses the amount</source>
        <translation>der Anrufer wählt den Betrag</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>keys and voice</source>
        <translation>Tasten und Sprache</translation>
    </message>
</context>
<context>
    <name>CardMask</name>
    <message>
        <source>%1 ending %2</source>
        <translation>%1, endet auf %2</translation>
    </message>
</context>
<context>
    <name>ConsoleAccounts</name>
    <message>
        <source>no store is open</source>
        <translation>kein Speicher ist geöffnet</translation>
    </message>
</context>
<context>
    <name>FlowConfig</name>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a list of card brand identifiers</source>
        <translation>muss eine Liste von Kartenmarken-Kennungen sein</translation>
    </message>
    <message>
        <source>unknown card brand "%1" (known: %2)</source>
        <translation>unbekannte Kartenmarke "%1" (bekannt: %2)</translation>
    </message>
    <message>
        <source>must be transfer_to_agent, return_to_ivr or disconnect</source>
        <translation>muss transfer_to_agent, return_to_ivr oder disconnect sein</translation>
    </message>
    <message>
        <source>must be a decimal string such as "12.50"</source>
        <translation>muss eine Dezimalzeichenkette wie "12.50" sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>must be sandbox, server or endpoint</source>
        <translation>muss sandbox, server oder endpoint sein</translation>
    </message>
    <message>
        <source>is at most 25 characters</source>
        <translation>darf höchstens 25 Zeichen lang sein</translation>
    </message>
    <message>
        <source>must be a SIP URI such as sip:agents@pbx.example, or empty</source>
        <translation>muss eine SIP-URI wie sip:agents@pbx.example sein oder leer bleiben</translation>
    </message>
    <message>
        <source>"%1" is not a supported ISO 4217 code</source>
        <translation>"%1" ist kein unterstützter Code nach ISO 4217</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>muss größer als null sein</translation>
    </message>
    <message>
        <source>must not be below minAmount</source>
        <translation>darf nicht unter minAmount liegen</translation>
    </message>
    <message>
        <source>must name at least one card brand</source>
        <translation>muss mindestens eine Kartenmarke nennen</translation>
    </message>
    <message>
        <source>is required for gateway mode %1</source>
        <translation>ist für den Gateway-Modus %1 erforderlich</translation>
    </message>
    <message>
        <source>must be fixed or caller</source>
        <translation>muss fixed oder caller sein</translation>
    </message>
    <message>
        <source>must be dtmf, voice or both</source>
        <translation>muss dtmf, voice oder both sein</translation>
    </message>
    <message>
        <source>must be an object keyed by step name</source>
        <translation>muss ein Objekt mit Schrittnamen als Schlüsseln sein</translation>
    </message>
    <message>
        <source>unknown step</source>
        <translation>unbekannter Schritt</translation>
    </message>
    <message>
        <source>must be 1 to 64 characters</source>
        <translation>muss 1 bis 64 Zeichen lang sein</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON bei Offset %1: %2</translation>
    </message>
    <message>
        <source>the configuration must be a JSON object</source>
        <translation>die Konfiguration muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB</source>
        <translation>%1 ist größer als 1 MiB</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>must be longer than a charge's whole recovery (connectTimeoutMs + 2 x transferTimeoutMs = %1 ms), or a charge sent again after a lost reply could be made twice; 0 is refused</source>
        <translation>muss länger sein als die ganze Wiederherstellung einer Belastung (connectTimeoutMs + 2 x transferTimeoutMs = %1 ms), sonst könnte eine nach einer verlorenen Antwort erneut gesendete Belastung doppelt ausgeführt werden; 0 wird abgelehnt</translation>
    </message>
</context>
<context>
    <name>KpiQuery</name>
    <message>
        <source>session %1: the stored replay is unreadable: %2</source>
        <translation>Sitzung %1: die gespeicherte Wiedergabe ist nicht lesbar: %2</translation>
    </message>
</context>
<context>
    <name>LoadGenerator</name>
    <message>
        <source>the mix is not JSON: %1</source>
        <translation>der Mix ist kein JSON: %1</translation>
    </message>
    <message>
        <source>the mix is not a JSON object of weights</source>
        <translation>der Mix ist kein JSON-Objekt mit Gewichten</translation>
    </message>
    <message>
        <source>unknown call kind "%1" (known: %2)</source>
        <translation>unbekannte Anrufart "%1" (bekannt: %2)</translation>
    </message>
    <message>
        <source>%1: the weight must be a number of at least 0</source>
        <translation>%1: das Gewicht muss eine Zahl von mindestens 0 sein</translation>
    </message>
    <message>
        <source>the mix has no call kind with a weight above 0</source>
        <translation>der Mix enthält keine Anrufart mit einem Gewicht über 0</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>the hash key may only end the amount</source>
        <translation>die Rautetaste darf nur am Ende des Betrags stehen</translation>
    </message>
    <message>
        <source>%1 has no decimals; the star key is not accepted</source>
        <translation>%1 hat keine Nachkommastellen; die Sterntaste wird nicht akzeptiert</translation>
    </message>
    <message>
        <source>only one star key may mark the decimals</source>
        <translation>nur eine Sterntaste darf die Nachkommastellen markieren</translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation>der Betrag ist leer</translation>
    </message>
    <message>
        <source>"%1" is not a decimal amount</source>
        <translation>"%1" ist kein Dezimalbetrag</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at most %n decimal(s)</source>
        <translation>
            <numerusform>%1 erlaubt höchstens %n Nachkommastelle</numerusform>
            <numerusform>%1 erlaubt höchstens %n Nachkommastellen</numerusform>
        </translation>
    </message>
    <message>
        <source>"%1" is too large</source>
        <translation>"%1" ist zu groß</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>use at least 12 characters</source>
        <translation>mindestens 12 Zeichen verwenden</translation>
    </message>
    <message>
        <source>mix letters with digits or symbols</source>
        <translation>Buchstaben mit Ziffern oder Sonderzeichen mischen</translation>
    </message>
</context>
<context>
    <name>PromptLanguage</name>
    <message>
        <source>unknown language "%1" (available: %2)</source>
        <translation>unbekannte Sprache "%1" (verfügbar: %2)</translation>
    </message>
</context>
<context>
    <name>PromptRenderer</name>
    <message>
        <source>no prompt set is loaded</source>
        <translation>kein Ansagensatz geladen</translation>
    </message>
    <message>
        <source>the prompt set is in %1, the prompt in %2</source>
        <translation>der Ansagensatz ist auf %1, die Ansage auf %2</translation>
    </message>
</context>
<context>
    <name>PromptSet</name>
    <message>
        <source>the manifest is larger than 8 MiB</source>
        <translation>das Manifest ist größer als 8 MiB</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON bei Offset %1: %2</translation>
    </message>
    <message>
        <source>not a prompt set manifest ("format" must be "%1")</source>
        <translation>kein Ansagensatz-Manifest ("format" muss "%1" sein)</translation>
    </message>
    <message>
        <source>unsupported manifest version %1</source>
        <translation>nicht unterstützte Manifest-Version %1</translation>
    </message>
    <message>
        <source>"segments" must be a list</source>
        <translation>"segments" muss eine Liste sein</translation>
    </message>
    <message>
        <source>"%1" is not a valid segment id (a-z, 0-9, _ and -)</source>
        <translation>"%1" ist keine gültige Segment-ID (a-z, 0-9, _ und -)</translation>
    </message>
    <message>
        <source>"%1" is listed twice</source>
        <translation>"%1" ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>"source" must be "recorded" or "synthesised"</source>
        <translation>"source" muss "recorded" oder "synthesised" sein</translation>
    </message>
    <message>
        <source>the prompt set has no segment "%1"</source>
        <translation>der Ansagensatz hat kein Segment "%1"</translation>
    </message>
    <message>
        <source>%1 is at %2 Hz, not %3 Hz</source>
        <translation>%1 hat %2 Hz statt %3 Hz</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>an utterance must have 1 to 500 characters</source>
        <translation>eine Äußerung muss 1 bis 500 Zeichen haben</translation>
    </message>
    <message>
        <source>at most 64 keys per step</source>
        <translation>höchstens 64 Tasten pro Schritt</translation>
    </message>
    <message>
        <source>character %1 of "%2" is not a DTMF key (0-9, * and #); a step is keys, "timeout", "hangup" or "say:TEXT"</source>
        <translation>Zeichen %1 von "%2" ist keine DTMF-Taste (0-9, * und #); ein Schritt ist Tasten, "timeout", "hangup" oder "say:TEXT"</translation>
    </message>
    <message>
        <source>the scenario is larger than 4 MiB</source>
        <translation>das Szenario ist größer als 4 MiB</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON bei Offset %1: %2</translation>
    </message>
    <message>
        <source>a scenario must be a JSON object</source>
        <translation>ein Szenario muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be a date as YYYY-MM-DD</source>
        <translation>muss ein Datum im Format JJJJ-MM-TT sein</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>at most %1 inputs</source>
        <translation>höchstens %1 Eingaben</translation>
    </message>
    <message>
        <source>unknown result key</source>
        <translation>unbekannter Ergebnisschlüssel</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>an audio input needs a WAV file's path</source>
        <translation>eine Audioeingabe braucht den Pfad einer WAV-Datei</translation>
    </message>
    <message>
        <source>no such audio file: %1</source>
        <translation>Audiodatei nicht gefunden: %1</translation>
    </message>
</context>
<context>
    <name>SessionRecord</name>
    <message>
        <source>a session without an id or an outcome</source>
        <translation>eine Sitzung ohne ID oder Ergebnis</translation>
    </message>
    <message>
        <source>session %1: more than four card digits</source>
        <translation>Sitzung %1: mehr als vier Kartenziffern</translation>
    </message>
    <message>
        <source>session %1: an event is not [time, kind, step, detail]</source>
        <translation>Sitzung %1: ein Ereignis hat nicht die Form [time, kind, step, detail]</translation>
    </message>
    <message>
        <source>session %1: %2</source>
        <translation>Sitzung %1: %2</translation>
    </message>
    <message>
        <source>session %1: a time or a count is not a whole number</source>
        <translation>Sitzung %1: eine Zeit oder ein Zähler ist keine ganze Zahl</translation>
    </message>
</context>
<context>
    <name>SessionReplay</name>
    <message>
        <source>"steps" is not a list</source>
        <translation>"steps" ist keine Liste</translation>
    </message>
    <message>
        <source>a step is not an object with a name and a list of prompts</source>
        <translation>ein Schritt ist kein Objekt mit einem Namen und einer Liste von Ansagen</translation>
    </message>
    <message>
        <source>"closingPrompts" is not a list of texts</source>
        <translation>"closingPrompts" ist keine Liste von Texten</translation>
    </message>
    <message>
        <source>"declineCodes" is not a list of texts</source>
        <translation>"declineCodes" ist keine Liste von Texten</translation>
    </message>
    <message>
        <source>"transferContext" is not an object</source>
        <translation>"transferContext" ist kein Objekt</translation>
    </message>
    <message>
        <source>not JSON (%1 at offset %2)</source>
        <translation>kein JSON (%1 bei Offset %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>neither JSON nor a compressed replay</source>
        <translation>weder JSON noch eine komprimierte Wiedergabe</translation>
    </message>
</context>
<context>
    <name>SessionSpool</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
</context>
<context>
    <name>StoreBackend</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StoreConnection</name>
    <message>
        <source>the Qt SQL driver %1 is not available</source>
        <translation>der Qt-SQL-Treiber %1 ist nicht verfügbar</translation>
    </message>
    <message>
        <source>cannot open the KPI store %1: %2</source>
        <translation>der KPI-Speicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>KPI store %1: %2</source>
        <translation>KPI-Speicher %1: %2</translation>
    </message>
</context>
<context>
    <name>StoreSchema</name>
    <message>
        <source>schema: %1 (%2)</source>
        <translation>Schema: %1 (%2)</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this program's %2; update the program</source>
        <translation>die Datenbank hat die Schemaversion %1, neuer als die Version %2 dieses Programms; aktualisieren Sie das Programm</translation>
    </message>
    <message>
        <source>schema: %1</source>
        <translation>Schema: %1</translation>
    </message>
</context>
<context>
    <name>StoreUrl</name>
    <message>
        <source>"%1": the SQLite URL names no file (sqlite:PATH)</source>
        <translation>"%1": die SQLite-URL nennt keine Datei (sqlite:PFAD)</translation>
    </message>
    <message>
        <source>"%1" is not a PostgreSQL URL (postgresql://user@host:port/db)</source>
        <translation>"%1" ist keine PostgreSQL-URL (postgresql://user@host:port/db)</translation>
    </message>
    <message>
        <source>"%1": the PostgreSQL URL names no database (postgresql://user@host:port/db)</source>
        <translation>"%1": die PostgreSQL-URL nennt keine Datenbank (postgresql://user@host:port/db)</translation>
    </message>
    <message>
        <source>"%1": a store URL is sqlite:PATH or postgresql://user@host:port/db</source>
        <translation>"%1": eine Speicher-URL lautet sqlite:PFAD oder postgresql://user@host:port/db</translation>
    </message>
    <message>
        <source>a PostgreSQL URL takes sslmode (disable, allow, prefer, require, verify-ca, verify-full) and sslrootcert (a CA file) only</source>
        <translation>eine PostgreSQL-URL nimmt nur sslmode (disable, allow, prefer, require, verify-ca, verify-full) und sslrootcert (eine CA-Datei)</translation>
    </message>
    <message>
        <source>a store URL holds no password (every user of the machine can read a command line): put it in a password file (~/.pgpass, or the file PGPASSFILE names, mode 0600)</source>
        <translation>eine Speicher-URL enthält kein Passwort (jeder Benutzer des Rechners kann eine Befehlszeile lesen): legen Sie es in eine Passwortdatei (~/.pgpass oder die in PGPASSFILE genannte Datei, Modus 0600)</translation>
    </message>
</context>
<context>
    <name>UserAccounts</name>
    <message>
        <source>The name or the password is not right, or the account is locked for a while after too many failed log-ins.</source>
        <translation>Der Name oder das Passwort stimmt nicht, oder das Konto ist nach zu vielen fehlgeschlagenen Anmeldungen eine Weile gesperrt.</translation>
    </message>
    <message>
        <source>only an admin may do this</source>
        <translation>nur ein Admin darf das</translation>
    </message>
    <message>
        <source>the first account must be an admin</source>
        <translation>das erste Konto muss ein Admin sein</translation>
    </message>
    <message>
        <source>a user name has 2 to 32 letters, digits, dots, dashes or underscores</source>
        <translation>ein Benutzername besteht aus 2 bis 32 Buchstaben, Ziffern, Punkten, Bindestrichen oder Unterstrichen</translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation>Passwort: %1</translation>
    </message>
    <message>
        <source>a user named %1 exists already</source>
        <translation>ein Benutzer namens %1 existiert bereits</translation>
    </message>
    <message>
        <source>an admin cannot remove their own account</source>
        <translation>ein Admin kann das eigene Konto nicht entfernen</translation>
    </message>
    <message>
        <source>no user named %1</source>
        <translation>kein Benutzer namens %1</translation>
    </message>
    <message>
        <source>an admin cannot take away their own admin role</source>
        <translation>ein Admin kann sich die eigene Admin-Rolle nicht entziehen</translation>
    </message>
    <message>
        <source>The password was reset by an admin: choose a new one to sign in.</source>
        <translation>Das Passwort wurde von einem Admin zurückgesetzt: Wählen Sie ein neues, um sich anzumelden.</translation>
    </message>
    <message>
        <source>an admin changes their own password with the current one, not by a reset</source>
        <translation>ein Admin ändert das eigene Passwort mit dem aktuellen, nicht durch Zurücksetzen</translation>
    </message>
    <message>
        <source>new password: %1</source>
        <translation>neues Passwort: %1</translation>
    </message>
    <message>
        <source>the new password must differ from the current one</source>
        <translation>das neue Passwort muss sich vom aktuellen unterscheiden</translation>
    </message>
    <message>
        <source>the password was changed in the meantime</source>
        <translation>das Passwort wurde inzwischen geändert</translation>
    </message>
</context>
<context>
    <name>WavFile</name>
    <message>
        <source>the file is larger than 256 MiB</source>
        <translation>die Datei ist größer als 256 MiB</translation>
    </message>
    <message>
        <source>not a RIFF/WAVE file</source>
        <translation>keine RIFF/WAVE-Datei</translation>
    </message>
    <message>
        <source>truncated: the RIFF header announces %1 bytes but the file has %2</source>
        <translation>abgeschnitten: der RIFF-Header kündigt %1 Bytes an, die Datei hat aber %2</translation>
    </message>
    <message>
        <source>truncated: the "%1" chunk announces %2 bytes, only %3 are present</source>
        <translation>abgeschnitten: der Chunk "%1" kündigt %2 Bytes an, nur %3 sind vorhanden</translation>
    </message>
    <message>
        <source>the format chunk is too short (%1 bytes)</source>
        <translation>der Format-Chunk ist zu kurz (%1 Bytes)</translation>
    </message>
    <message>
        <source>format %1 is not PCM</source>
        <translation>Format %1 ist kein PCM</translation>
    </message>
    <message>
        <source>%1 channels; only mono is supported</source>
        <translation>%1 Kanäle; nur Mono wird unterstützt</translation>
    </message>
    <message>
        <source>%1 bits per sample; only 16 is supported</source>
        <translation>%1 Bit pro Sample; nur 16 wird unterstützt</translation>
    </message>
    <message>
        <source>sample rate %1 Hz; only 8000 and 16000 are supported</source>
        <translation>Abtastrate %1 Hz; nur 8000 und 16000 werden unterstützt</translation>
    </message>
    <message>
        <source>inconsistent format chunk (block align %1, byte rate %2)</source>
        <translation>inkonsistenter Format-Chunk (Block-Align %1, Byterate %2)</translation>
    </message>
    <message>
        <source>the data chunk comes before the format chunk</source>
        <translation>der Daten-Chunk steht vor dem Format-Chunk</translation>
    </message>
    <message>
        <source>the data chunk has an odd number of bytes (%1)</source>
        <translation>der Daten-Chunk hat eine ungerade Anzahl Bytes (%1)</translation>
    </message>
    <message>
        <source>no data chunk</source>
        <translation>kein Daten-Chunk</translation>
    </message>
    <message>
        <source>no format chunk</source>
        <translation>kein Format-Chunk</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>VoicePay call simulator, dashboards and configuration editor</source>
        <translation>VoicePay-Anrufsimulator, Dashboards und Konfigurationseditor</translation>
    </message>
    <message>
        <source>Use this configuration file instead of the saved one.</source>
        <translation>Diese Konfigurationsdatei statt der gespeicherten verwenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Quit once the window is painted (start-up timing).</source>
        <translation>Beenden, sobald das Fenster gezeichnet ist (Startzeitmessung).</translation>
    </message>
    <message>
        <source>Set up AREA (%1), save a picture of the window to FILE and quit.</source>
        <translation>BEREICH (%1) einrichten, ein Bild des Fensters in DATEI speichern und beenden.</translation>
    </message>
    <message>
        <source>AREA:FILE</source>
        <translation>BEREICH:DATEI</translation>
    </message>
    <message>
        <source>The KPI store: sqlite:PATH or postgresql://user@host:port/db (default: the embedded SQLite file).</source>
        <translation>Der KPI-Speicher: sqlite:PFAD oder postgresql://user@host:port/db (Standard: die eingebettete SQLite-Datei).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Sign NAME in without the dialog; the password is read from VOICEPAY_CONSOLE_PASSWORD or standard input.</source>
        <translation>NAME ohne Dialog anmelden; das Passwort wird aus VOICEPAY_CONSOLE_PASSWORD oder der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Colours: system, light or dark (default: the choice in View › Theme, else system).</source>
        <translation>Farben: system, light oder dark (Standard: die Wahl unter Ansicht › Farbschema, sonst system).</translation>
    </message>
</context>
<context>
    <name>voicepay::KpiStore</name>
    <message>
        <source>the KPI store is closed</source>
        <translation>der KPI-Speicher ist geschlossen</translation>
    </message>
    <message>
        <source>KPI store %1: %2</source>
        <translation>KPI-Speicher %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) kept in %1; they are stored when the store next opens</source>
        <translation>
            <numerusform>%n Sitzung in %1 zwischengespeichert; sie wird beim nächsten Öffnen des Speichers gespeichert</numerusform>
            <numerusform>%n Sitzungen in %1 zwischengespeichert; sie werden beim nächsten Öffnen des Speichers gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) not stored: the spool %1 could not be written (%2)</source>
        <translation>
            <numerusform>%n Sitzung nicht gespeichert: die Spool-Datei %1 konnte nicht geschrieben werden (%2)</numerusform>
            <numerusform>%n Sitzungen nicht gespeichert: die Spool-Datei %1 konnte nicht geschrieben werden (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>locked by another process</source>
        <translation>von einem anderen Prozess gesperrt</translation>
    </message>
</context>
<context>
    <name>voicepay::ui</name>
    <message>
        <source>the payment journal cannot be opened: %1</source>
        <translation>das Zahlungsjournal kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::AudioPreview</name>
    <message>
        <source>no prompt set at %1</source>
        <translation>kein Ansagensatz unter %1</translation>
    </message>
    <message>
        <source>no recording of segment %1</source>
        <translation>keine Aufnahme des Segments %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::AuditLogPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>E&amp;xport JSON…</source>
        <translation>JSON e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n record(s) checked.</source>
        <translation>
            <numerusform>Kette intakt: %n Eintrag geprüft.</numerusform>
            <numerusform>Kette intakt: %n Einträge geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain BROKEN at record %1: %2</source>
        <translation>Kette UNTERBROCHEN bei Eintrag %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>&amp;UTC</source>
        <translation>&amp;UTC</translation>
    </message>
    <message>
        <source>Show times in UTC instead of this computer's time zone</source>
        <translation>Zeiten in UTC statt in der Zeitzone dieses Computers anzeigen</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Ak&amp;tion:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>every action</source>
        <translation>alle Aktionen</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Zeit (lokal)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s)</source>
        <translation>
            <numerusform>%1 von %n Eintrag</numerusform>
            <numerusform>%1 von %n Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::BrandListWidget</name>
    <message>
        <source>%1: %2 digits, %3</source>
        <translation>%1: %2 Ziffern, %3</translation>
    </message>
    <message>
        <source>%1 of %2 digits</source>
        <translation>%1 mit %2 Ziffern</translation>
    </message>
    <message>
        <source>no security code</source>
        <translation>keine Prüfnummer</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::CallSession</name>
    <message>
        <source>(spoken, masked)</source>
        <translation>(gesprochen, maskiert)</translation>
    </message>
    <message>
        <source>"%1"</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>(hangs up)</source>
        <translation>(legt auf)</translation>
    </message>
    <message>
        <source>approved, transaction %1</source>
        <translation>genehmigt, Transaktion %1</translation>
    </message>
    <message>
        <source>declined: %1 (%2)</source>
        <translation>abgelehnt: %1 (%2)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::CallSetupWidget</name>
    <message>
        <source>Identified by the IVR</source>
        <translation>Vom IVR identifiziert</translation>
    </message>
    <message>
        <source>IVR call</source>
        <translation>IVR-Anruf</translation>
    </message>
    <message>
        <source>Agent conference</source>
        <translation>Konferenz mit Agent</translation>
    </message>
    <message>
        <source>Call &amp;type:</source>
        <translation>Anruf&amp;art:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Unchecked: the flow asks the caller for the account number and PIN.</source>
        <translation>Nicht markiert: der Ablauf fragt nach Kontonummer und PIN.</translation>
    </message>
    <message>
        <source>Amount &amp;due:</source>
        <translation>&amp;Fälliger Betrag:</translation>
    </message>
    <message>
        <source>&amp;Merchant id:</source>
        <translation>&amp;Händler-ID:</translation>
    </message>
    <message>
        <source>Payment &amp;reference:</source>
        <translation>Zahlungs&amp;referenz:</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>Wie konfiguriert</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Runs under: %1</source>
        <translation>Läuft unter: %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ChangePasswordDialog</name>
    <message>
        <source>VoicePay: change the password of %1</source>
        <translation>VoicePay: Passwort von %1 ändern</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Passwort ändern…</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Passwort: %1</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
    <message>
        <source>Password accepted.</source>
        <translation>Passwort akzeptiert.</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ClampIndicator</name>
    <message>
        <source>DTMF clamp</source>
        <translation>DTMF-Sperre</translation>
    </message>
    <message>
        <source>DTMF clamp off: the agent hears the caller.</source>
        <translation>DTMF-Sperre aus: Der Agent hört den Anrufer.</translation>
    </message>
    <message>
        <source>DTMF clamp on: the agent cannot hear the keys the caller presses.</source>
        <translation>DTMF-Sperre an: Der Agent hört die Tasten nicht, die der Anrufer drückt.</translation>
    </message>
    <message>
        <source>Keys kept from the agent: %1</source>
        <translation>Vor dem Agenten verborgene Tasten: %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConferenceView</name>
    <message>
        <source>Caller is at:</source>
        <translation>Anrufer ist bei:</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Eingabe:</translation>
    </message>
    <message>
        <source>Keyed:</source>
        <translation>Eingegeben:</translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation>Marke:</translation>
    </message>
    <message>
        <source>Luhn check:</source>
        <translation>Luhn-Prüfung:</translation>
    </message>
    <message>
        <source>no call</source>
        <translation>kein Anruf</translation>
    </message>
    <message>
        <source>call left the payment flow</source>
        <translation>Anruf hat den Zahlungsablauf verlassen</translation>
    </message>
    <message>
        <source>authorizing the payment</source>
        <translation>Zahlung wird autorisiert</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>eine von: %1</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>%1 of %2 keys</source>
        <translation>%1 von %2 Tasten</translation>
    </message>
    <message>
        <source>Payment approved</source>
        <translation>Zahlung genehmigt</translation>
    </message>
    <message>
        <source>Payment not taken: %1</source>
        <translation>Keine Zahlung: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>Transaction: %1</source>
        <translation>Transaktion: %1</translation>
    </message>
    <message>
        <source>Amount: %1 %2</source>
        <translation>Betrag: %1 %2</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConfigChangeList</name>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>No setting changes.</source>
        <translation>Keine Einstellungsänderungen.</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConfigEditor</name>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>&amp;Standardwerte</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save configuration</source>
        <translation>Konfiguration speichern</translation>
    </message>
    <message>
        <source>Import configuration</source>
        <translation>Konfiguration importieren</translation>
    </message>
    <message>
        <source>Configuration files (*.json)</source>
        <translation>Konfigurationsdateien (*.json)</translation>
    </message>
    <message>
        <source>Export configuration</source>
        <translation>Konfiguration exportieren</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Beträge</translation>
    </message>
    <message>
        <source>1 decimal</source>
        <translation>1 Nachkommastelle</translation>
    </message>
    <message>
        <source>%1 decimals</source>
        <translation>%1 Nachkommastellen</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>M&amp;inimum amount:</source>
        <translation>M&amp;indestbetrag:</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>kein Höchstbetrag</translation>
    </message>
    <message>
        <source>Ma&amp;ximum amount:</source>
        <translation>Hö&amp;chstbetrag:</translation>
    </message>
    <message>
        <source>Caller may choose the amount</source>
        <translation>Anrufer darf den Betrag wählen</translation>
    </message>
    <message>
        <source>Fixed: the amount due only</source>
        <translation>Fest: nur der fällige Betrag</translation>
    </message>
    <message>
        <source>Amount &amp;mode:</source>
        <translation>Betrags&amp;modus:</translation>
    </message>
    <message>
        <source>Declines and exits</source>
        <translation>Ablehnungen und Ausgänge</translation>
    </message>
    <message>
        <source>Maximum &amp;declines:</source>
        <translation>Maximale &amp;Ablehnungen:</translation>
    </message>
    <message>
        <source>When declines reach it:</source>
        <translation>Wenn die Ablehnungen es erreichen:</translation>
    </message>
    <message>
        <source>Transfer calls to:</source>
        <translation>Anrufe weiterleiten an:</translation>
    </message>
    <message>
        <source>After a payment:</source>
        <translation>Nach einer Zahlung:</translation>
    </message>
    <message>
        <source>After a failure:</source>
        <translation>Nach einem Fehlschlag:</translation>
    </message>
    <message>
        <source>Maximum authorization attempts:</source>
        <translation>Maximale Autorisierungsversuche:</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Allowed brands:</source>
        <translation>Zugelassene Marken:</translation>
    </message>
    <message>
        <source>No security code for:</source>
        <translation>Keine Prüfnummer für:</translation>
    </message>
    <message>
        <source>No expiry date for:</source>
        <translation>Kein Ablaufdatum für:</translation>
    </message>
    <message>
        <source>Read back the last four digits only</source>
        <translation>Nur die letzten vier Ziffern vorlesen</translation>
    </message>
    <message>
        <source>Input, retries and time-outs</source>
        <translation>Eingabe, Wiederholungen und Zeitlimits</translation>
    </message>
    <message>
        <source>Keypad and voice</source>
        <translation>Tastenfeld und Sprache</translation>
    </message>
    <message>
        <source>Keypad only</source>
        <translation>Nur Tastenfeld</translation>
    </message>
    <message>
        <source>Voice only</source>
        <translation>Nur Sprache</translation>
    </message>
    <message>
        <source>Input &amp;mode:</source>
        <translation>Eingabe&amp;modus:</translation>
    </message>
    <message>
        <source>Re-prompts per question:</source>
        <translation>Wiederholungen pro Frage:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>No-input time-out:</source>
        <translation>Zeitlimit ohne Eingabe:</translation>
    </message>
    <message>
        <source>Inter-digit time-out:</source>
        <translation>Zeitlimit zwischen Ziffern:</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Eigen</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederh.</translation>
    </message>
    <message>
        <source>No input</source>
        <translation>Keine Eingabe</translation>
    </message>
    <message>
        <source>Inter-digit</source>
        <translation>Zwischen Ziffern</translation>
    </message>
    <message>
        <source>Checked rows use their own re-prompts and time-outs (in milliseconds) instead of the general ones.</source>
        <translation>Markierte Zeilen verwenden eigene Wiederholungen und Zeitlimits (in Millisekunden) statt der allgemeinen.</translation>
    </message>
    <message>
        <source>Per question:</source>
        <translation>Pro Frage:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>S&amp;tandort:</translation>
    </message>
    <message>
        <source>Payment gateway</source>
        <translation>Zahlungs-Gateway</translation>
    </message>
    <message>
        <source>In-process sandbox</source>
        <translation>Sandbox im Prozess</translation>
    </message>
    <message>
        <source>Sandbox server</source>
        <translation>Sandbox-Server</translation>
    </message>
    <message>
        <source>Gateway endpoint</source>
        <translation>Gateway-Endpunkt</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <source>Endpoint &amp;URL:</source>
        <translation>Endpunkt-&amp;URL:</translation>
    </message>
    <message>
        <source>Merchant &amp;login:</source>
        <translation>Händler-&amp;Login:</translation>
    </message>
    <message>
        <source>transaction key</source>
        <translation>Transaktionsschlüssel</translation>
    </message>
    <message>
        <source>Store in keychain</source>
        <translation>Im Schlüsselbund ablegen</translation>
    </message>
    <message>
        <source>Transaction &amp;key:</source>
        <translation>Transaktions&amp;schlüssel:</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>The transaction key is in the system keychain.</source>
        <translation>Der Transaktionsschlüssel liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Connect time-out:</source>
        <translation>Verbindungs-Zeitlimit:</translation>
    </message>
    <message>
        <source>Transfer time-out:</source>
        <translation>Übertragungs-Zeitlimit:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Duplicate window:</source>
        <translation>Duplikatfenster:</translation>
    </message>
    <message>
        <source>Reconcile every:</source>
        <translation>Abgleich alle:</translation>
    </message>
    <message>
        <source>Longest card number:</source>
        <translation>Längste Kartennummer:</translation>
    </message>
    <message>
        <source>This build has no keychain support: the key cannot be stored. It is never written to the configuration file.</source>
        <translation>Dieser Build unterstützt keinen Schlüsselbund: der Schlüssel kann nicht abgelegt werden. Er wird nie in die Konfigurationsdatei geschrieben.</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Configuration saved (version %1).</source>
        <translation>Konfiguration gespeichert (Version %1).</translation>
    </message>
    <message>
        <source>The configuration file could not be read: %1</source>
        <translation>Die Konfigurationsdatei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Imported %1: review and save.</source>
        <translation>%1 importiert: prüfen und speichern.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Remove the stored key for this merchant login from the keychain</source>
        <translation>Den gespeicherten Schlüssel dieses Händler-Logins aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>Type the key first; Clear removes a stored one.</source>
        <translation>Zuerst den Schlüssel eingeben; Löschen entfernt einen gespeicherten.</translation>
    </message>
    <message>
        <source>Clear the key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>The configuration is read-only for you.</source>
        <translation>Die Konfiguration ist für Sie schreibgeschützt.</translation>
    </message>
    <message>
        <source>Not confirmed: the key is unchanged.</source>
        <translation>Nicht bestätigt: der Schlüssel ist unverändert.</translation>
    </message>
    <message>
        <source>The transaction key is removed from the system keychain.</source>
        <translation>Der Transaktionsschlüssel ist aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was saved.</source>
        <translation>Nicht bestätigt: nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The audit record could not be written: nothing was saved.</source>
        <translation>Der Audit-Eintrag konnte nicht geschrieben werden: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>These settings change. Save them? Your password is asked next.</source>
        <translation>Diese Einstellungen ändern sich. Speichern? Danach wird Ihr Passwort abgefragt.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message numerus="yes">
        <source>Not saved, %n settings need attention:</source>
        <translation><numerusform>Nicht gespeichert, %n Einstellung erfordert Aufmerksamkeit:</numerusform><numerusform>Nicht gespeichert, %n Einstellungen erfordern Aufmerksamkeit:</numerusform></translation>
    </message>
    <message>
        <source>The configuration is saved, but its version could not be kept in the history: %1</source>
        <translation>Die Konfiguration ist gespeichert, ihre Version konnte aber nicht im Verlauf abgelegt werden: %1</translation>
    </message>
    <message>
        <source>There is no configuration history here.</source>
        <translation>Hier gibt es keinen Konfigurationsverlauf.</translation>
    </message>
    <message>
        <source>Configuration rolled back to version %1.</source>
        <translation>Konfiguration auf Version %1 zurückgesetzt.</translation>
    </message>
    <message>
        <source>Return to the IVR</source>
        <translation>Zurück zum Sprachdialog</translation>
    </message>
    <message>
        <source>Transfer to an agent</source>
        <translation>Weiterleitung an einen Mitarbeiter</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConfigHistoryDialog</name>
    <message>
        <source>Configuration history</source>
        <translation>Konfigurationsverlauf</translation>
    </message>
    <message>
        <source>Select a version to see what it changed, or two versions to compare them.</source>
        <translation>Wählen Sie eine Version, um ihre Änderungen zu sehen, oder zwei zum Vergleichen.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>&amp;Roll back to this version…</source>
        <translation>Auf diese Version &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Rolled back to version %1</source>
        <translation>Auf Version %1 zurückgesetzt</translation>
    </message>
    <message>
        <source>As it was before the first recorded save</source>
        <translation>Stand vor der ersten erfassten Speicherung</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>No version selected.</source>
        <translation>Keine Version ausgewählt.</translation>
    </message>
    <message>
        <source>Select one or two versions.</source>
        <translation>Wählen Sie eine oder zwei Versionen.</translation>
    </message>
    <message>
        <source>Changes from version %1 to version %2:</source>
        <translation>Änderungen von Version %1 zu Version %2:</translation>
    </message>
    <message>
        <source>Version %1 is the oldest kept; its changes from the defaults:</source>
        <translation>Version %1 ist die älteste erhaltene; ihre Änderungen gegenüber den Standardwerten:</translation>
    </message>
    <message>
        <source>Select the one version to roll back to.</source>
        <translation>Wählen Sie die eine Version, auf die zurückgesetzt werden soll.</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConfigLocation</name>
    <message>
        <source>The configuration file could not be used (%1); the defaults are in effect.</source>
        <translation>Die Konfigurationsdatei ist nicht verwendbar (%1); es gelten die Standardwerte.</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConsoleHelp</name>
    <message>
        <source>Call simulator</source>
        <translation>Anrufsimulator</translation>
    </message>
    <message>
        <source>Prompt explorer</source>
        <translation>Ansagen-Explorer</translation>
    </message>
    <message>
        <source>Live dashboard</source>
        <translation>Live-Dashboard</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every prompt the flow can play, in each language, with the recording or the synthesised voice. Select a prompt to read its text and press &lt;b&gt;Speak this prompt&lt;/b&gt; to hear it. Prompts the last calls played are marked.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jede Ansage, die der Ablauf spielen kann, in jeder Sprache, als Aufnahme oder synthetische Stimme. Wählen Sie eine Ansage, um ihren Text zu lesen, und drücken Sie &lt;b&gt;Ansage sprechen&lt;/b&gt;, um sie zu hören. Ansagen, die die letzten Anrufe gespielt haben, sind markiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The calls in progress and the results of the last minutes, refreshed every few seconds, for one site or all. &lt;b&gt;Serve as wallboard&lt;/b&gt; serves the same tiles as a web page for the floor's big screen.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die laufenden Anrufe und die Ergebnisse der letzten Minuten, alle paar Sekunden aktualisiert, für einen Standort oder alle. &lt;b&gt;Als Wallboard bereitstellen&lt;/b&gt; liefert dieselben Kacheln als Webseite für den großen Bildschirm im Saal.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Results over a chosen period: outcomes and durations, split by site, brand or another key. Pick the period, the granularity and the split at the top; the export buttons write the figures as CSV or PDF.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ergebnisse über einen gewählten Zeitraum: Ausgänge und Dauern, aufgeteilt nach Standort, Kartenmarke oder einem anderen Merkmal. Wählen Sie oben Zeitraum, Raster und Aufteilung; die Export-Schaltflächen schreiben die Zahlen als CSV oder PDF.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The stored calls of a chosen period. Select a call to see its steps, the transfer context, the gateway exchange and the prompts it heard, and replay it step by step with the slider. Card numbers are never stored: at most the brand and the last four digits show.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die gespeicherten Anrufe eines gewählten Zeitraums. Wählen Sie einen Anruf, um seine Schritte, den Übergabekontext, den Austausch mit dem Gateway und die gehörten Ansagen zu sehen, und spielen Sie ihn mit dem Schieberegler Schritt für Schritt ab. Kartennummern werden nie gespeichert: Höchstens Marke und letzte vier Ziffern sind zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Users and their roles, and the audit trail of every administrative action. Adding a user or changing a role asks for your password.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Benutzer und ihre Rollen sowie das Prüfprotokoll jeder Verwaltungsaktion. Einen Benutzer anzulegen oder eine Rolle zu ändern, verlangt Ihr Passwort.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Hilfe: %1</translation>
    </message>
    <message>
        <source>Phone line</source>
        <translation>Telefonleitung</translation>
    </message>
    <message>
        <source>&lt;p&gt;Plays a payment call as the caller hears it. Choose the caller's details on the left and press &lt;b&gt;Start call&lt;/b&gt;; then answer each prompt with the keypad or by typing what the caller says in the box under the keypad.&lt;/p&gt;&lt;p&gt;The flow diagram shows where the call is; the transcript lists every prompt and answer. In an agent-assisted call the agent's panel shows what the agent hears: never the keys, which the clamp lamp confirms.&lt;/p&gt;&lt;p&gt;Calls made here are test calls: the dashboards leave them out unless &lt;b&gt;Include test calls&lt;/b&gt; is on. &lt;b&gt;File › Save call as scenario&lt;/b&gt; keeps a call to run again; &lt;b&gt;File › Run scenario suite&lt;/b&gt; runs a folder of them and shows each one's result and the flow coverage.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Spielt einen Zahlungsanruf so ab, wie der Anrufer ihn hört. Wählen Sie links die Angaben des Anrufers und klicken Sie auf &lt;b&gt;Anruf starten&lt;/b&gt;; beantworten Sie dann jede Ansage mit dem Tastenfeld oder tippen Sie in das Feld unter dem Tastenfeld, was der Anrufer sagt.&lt;/p&gt;&lt;p&gt;Das Ablaufdiagramm zeigt, wo der Anruf steht; das Transkript listet jede Ansage und Antwort. Bei einem agentengestützten Anruf zeigt das Agentenfenster, was der Agent hört: nie die Tasten, was die Sperranzeige bestätigt.&lt;/p&gt;&lt;p&gt;Hier geführte Anrufe sind Testanrufe: Die Dashboards lassen sie weg, außer &lt;b&gt;Testanrufe einbeziehen&lt;/b&gt; ist aktiv. &lt;b&gt;Datei › Anruf als Szenario speichern&lt;/b&gt; bewahrt einen Anruf zum erneuten Abspielen auf; &lt;b&gt;Datei › Szenario-Suite ausführen&lt;/b&gt; führt einen Ordner davon aus und zeigt jedes Ergebnis und die Ablaufabdeckung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The payment flow's settings: limits, currency, accepted brands, retries and time-outs. Each key shows its allowed values, and errors show beside the fields. Only an admin saves, after reviewing the list of changes and typing the password again; every save goes to the audit trail first. &lt;b&gt;History&lt;/b&gt; keeps every saved version: compare two, or roll back to one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Einstellungen des Zahlungsablaufs: Grenzen, Währung, akzeptierte Marken, Wiederholungen und Zeitlimits. Jeder Schlüssel zeigt seine zulässigen Werte, Fehler erscheinen neben den Feldern. Nur ein Admin speichert, nach Prüfung der Änderungsliste und erneuter Passworteingabe; jede Speicherung geht zuerst ins Audit-Protokoll. &lt;b&gt;Verlauf&lt;/b&gt; bewahrt jede gespeicherte Version: Vergleichen Sie zwei oder setzen Sie auf eine zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Answers real SIP calls on this computer with the current configuration: choose a port and press &lt;b&gt;Start&lt;/b&gt;. The list shows the calls in progress and the step each is at; every call is stored in the console's KPI store like any other.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Stop&lt;/b&gt; ends the calls in progress as hang-ups (they are stored). The guide beside the list gives the address to dial and the X-VoicePay headers a call must carry.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nimmt echte SIP-Anrufe auf diesem Computer mit der aktuellen Konfiguration an: Wählen Sie einen Port und klicken Sie auf &lt;b&gt;Starten&lt;/b&gt;. Die Liste zeigt die laufenden Anrufe und den jeweiligen Schritt; jeder Anruf wird wie jeder andere im KPI-Speicher der Konsole abgelegt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Stoppen&lt;/b&gt; beendet laufende Anrufe als Aufleger (sie werden gespeichert). Die Anleitung neben der Liste nennt die zu wählende Adresse und die Header (X-VoicePay), die ein Anruf tragen muss.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConsoleLanguage</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The console starts in %1 from now on: restart it to see the change.</source>
        <translation>Die Konsole startet ab jetzt auf %1: starten Sie sie neu, um die Änderung zu sehen.</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>der Systemsprache</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConsoleReconciliation</name>
    <message>
        <source>Unconfirmed payments cannot be reconciled: %1</source>
        <translation>Unbestätigte Zahlungen können nicht abgeglichen werden: %1</translation>
    </message>
    <message>
        <source>Reconciliation: %1 payments settled, %2 still unconfirmed: %3</source>
        <translation>Abgleich: %1 Zahlungen geklärt, %2 noch unbestätigt: %3</translation>
    </message>
    <message>
        <source>Reconciliation: %1 payments settled, %2 still unconfirmed</source>
        <translation>Abgleich: %1 Zahlungen geklärt, %2 noch unbestätigt</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConsoleStore</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the disk is full: the store file cannot grow</source>
        <translation>die Festplatte ist voll: die Speicherdatei kann nicht wachsen</translation>
    </message>
    <message>
        <source>the store file could not be written: the disk may be full or the file may not grow</source>
        <translation>die Speicherdatei konnte nicht geschrieben werden: die Festplatte ist vielleicht voll oder die Datei darf nicht wachsen</translation>
    </message>
    <message>
        <source>the store file is read-only for this user</source>
        <translation>die Speicherdatei ist für diesen Benutzer schreibgeschützt</translation>
    </message>
    <message>
        <source>another program holds the store's write lock</source>
        <translation>ein anderes Programm hält die Schreibsperre des Speichers</translation>
    </message>
    <message>
        <source>Calls are not being saved to the KPI store: %1. They are kept and saved once the store takes them again.</source>
        <translation>Anrufe werden nicht im KPI-Speicher gesichert: %1. Sie werden aufbewahrt und gesichert, sobald der Speicher sie wieder annimmt.</translation>
    </message>
    <message>
        <source>Calls are not being saved to the KPI store: %1 (%2). They are kept and saved once the store takes them again.</source>
        <translation>Anrufe werden nicht im KPI-Speicher gesichert: %1 (%2). Sie werden aufbewahrt und gesichert, sobald der Speicher sie wieder annimmt.</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConsoleTheme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System colours</source>
        <translation>&amp;Systemfarben</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::FlowDiagramWidget</name>
    <message>
        <source>Flow diagram</source>
        <translation>Ablaufdiagramm</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Amount choice</source>
        <translation>Betragswahl</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Kartennummer</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Security code</source>
        <translation>Prüfnummer</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>Autorisieren</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Declined (max)</source>
        <translation>Abgelehnt (max.)</translation>
    </message>
    <message>
        <source>Input failed</source>
        <translation>Eingabe fehlgeschlagen</translation>
    </message>
    <message>
        <source>Technical error</source>
        <translation>Technischer Fehler</translation>
    </message>
    <message>
        <source>Hang-up</source>
        <translation>Aufgelegt</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Return to the IVR</source>
        <translation>Zurück zum Sprachdialog</translation>
    </message>
    <message>
        <source>Transfer to an agent</source>
        <translation>Weiterleitung an einen Mitarbeiter</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <source>Caller not identified</source>
        <translation>Anrufer nicht identifiziert</translation>
    </message>
    <message>
        <source>IVR call</source>
        <translation>IVR-Anruf</translation>
    </message>
    <message>
        <source>Agent conference</source>
        <translation>Agentenkonferenz</translation>
    </message>
    <message>
        <source>Back to the agent</source>
        <translation>Zurück zum Mitarbeiter</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::FunnelModel</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Of entered</source>
        <translation>Anteil der Eingänge</translation>
    </message>
    <message>
        <source>Ended here</source>
        <translation>Hier beendet</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Abbruchquote</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::GatewayChoice</name>
    <message>
        <source>no transaction key for %1 in the keychain</source>
        <translation>kein Transaktionsschlüssel für %1 im Schlüsselbund</translation>
    </message>
    <message>
        <source>Stored in the system keychain under the service "voicepay", never in the configuration file.</source>
        <translation>Im Schlüsselbund des Systems unter dem Dienst „voicepay“ abgelegt, nie in der Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>Enter the merchant login first: the key is stored for it.</source>
        <translation>Geben Sie zuerst das Händler-Login ein: der Schlüssel wird dafür abgelegt.</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::HistoricalDashboard</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Per minute</source>
        <translation>Pro Minute</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Pro Stunde</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>&amp;Granularity:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>Anrufart</translation>
    </message>
    <message>
        <source>Card brand</source>
        <translation>Kartenmarke</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>&amp;Split by:</source>
        <translation>&amp;Aufteilen nach:</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Unsuccessful</source>
        <translation>Erfolglos</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>Versucht</translation>
    </message>
    <message>
        <source>Hang-ups</source>
        <translation>Aufgelegt</translation>
    </message>
    <message>
        <source>Sessions per minute</source>
        <translation>Sitzungen pro Minute</translation>
    </message>
    <message>
        <source>KPIs over time</source>
        <translation>KPIs im Zeitverlauf</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>Der Speicher konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>%1 bis %2, %3</translation>
    </message>
    <message>
        <source>%1 declined</source>
        <translation>%1 abgelehnt</translation>
    </message>
    <message>
        <source>%1 · store %2</source>
        <translation>%1 · Speicher %2</translation>
    </message>
    <message>
        <source>(no card)</source>
        <translation>(keine Karte)</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Nach %1</translation>
    </message>
    <message>
        <source>VoicePay KPI report</source>
        <translation>VoicePay-KPI-Bericht</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>%1, site %2</source>
        <translation>%1, Standort %2</translation>
    </message>
    <message>
        <source>Include &amp;test calls</source>
        <translation>&amp;Testanrufe einbeziehen</translation>
    </message>
    <message>
        <source>Count the simulator's calls too (they are kept out of the KPIs)</source>
        <translation>Auch die Anrufe des Simulators zählen (sie sind sonst nicht in den KPIs)</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Drop-off by step</source>
        <translation>Abbrüche nach Schritt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>CSV saved to %1</source>
        <translation>CSV gespeichert unter %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Zeitraum: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Standort: %1</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>alle Standorte</translation>
    </message>
    <message>
        <source>Test calls: included</source>
        <translation>Testanrufe: eingeschlossen</translation>
    </message>
    <message>
        <source>Test calls: left out</source>
        <translation>Testanrufe: ausgeschlossen</translation>
    </message>
    <message>
        <source>Split by: %1</source>
        <translation>Aufgeteilt nach: %1</translation>
    </message>
    <message>
        <source>PDF saved to %1</source>
        <translation>PDF gespeichert unter %1</translation>
    </message>
    <message>
        <source>Click a step to list the sessions that reached it</source>
        <translation>Klicken Sie auf einen Schritt, um die Sitzungen zu listen, die ihn erreichten</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::KeypadWidget</name>
    <message>
        <source>Key %1 (keyboard: %1)</source>
        <translation>Taste %1 (Tastatur: %1)</translation>
    </message>
    <message>
        <source>Keypad %1</source>
        <translation>Tastenfeld %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::KpiSummary</name>
    <message>
        <source>no calls in the previous period</source>
        <translation>keine Anrufe im vorigen Zeitraum</translation>
    </message>
    <message>
        <source>previous period: %1</source>
        <translation>voriger Zeitraum: %1</translation>
    </message>
    <message>
        <source>%1%2 points on the previous period (%3)</source>
        <translation>%1%2 Punkte gegenüber dem vorigen Zeitraum (%3)</translation>
    </message>
    <message>
        <source>%1 % on the previous period (%2)</source>
        <translation>%1 % gegenüber dem vorigen Zeitraum (%2)</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::KpiTableModel</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Unsuccessful</source>
        <translation>Erfolglos</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>Versucht</translation>
    </message>
    <message>
        <source>Hang-ups</source>
        <translation>Aufgelegt</translation>
    </message>
    <message>
        <source>Declines</source>
        <translation>Ablehnungen</translation>
    </message>
    <message>
        <source>Avg. duration (s)</source>
        <translation>Mittl. Dauer (s)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::KpiTile</name>
    <message>
        <source>Click to list these sessions</source>
        <translation>Klicken, um diese Sitzungen zu listen</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::LiveDashboard</name>
    <message>
        <source>Live: today (UTC) and the last hour</source>
        <translation>Live: heute (UTC) und die letzte Stunde</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Unsuccessful</source>
        <translation>Erfolglos</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>Versucht</translation>
    </message>
    <message>
        <source>Hang-ups</source>
        <translation>Aufgelegt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Avg. duration: %1</source>
        <translation>Mittl. Dauer: %1</translation>
    </message>
    <message>
        <source>Sessions per minute</source>
        <translation>Sitzungen pro Minute</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Zeit (lokal)</translation>
    </message>
    <message>
        <source>%1 % of entered</source>
        <translation>%1 % der Eingänge</translation>
    </message>
    <message>
        <source>sessions ended today</source>
        <translation>heute beendete Sitzungen</translation>
    </message>
    <message>
        <source>%1 declined</source>
        <translation>%1 abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>calls now, this console and the store</source>
        <translation>Anrufe jetzt, diese Konsole und der Speicher</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>Der Speicher konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>Serve as &amp;wallboard</source>
        <translation>Als &amp;Wallboard bereitstellen</translation>
    </message>
    <message>
        <source>Show these KPIs as a web page for the floor's screen (loopback only)</source>
        <translation>Diese Kennzahlen als Webseite für den Bildschirm im Saal zeigen (nur Loopback)</translation>
    </message>
    <message>
        <source>The wallboard could not start: %1</source>
        <translation>Das Wallboard konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Wallboard: &lt;a href="%1"&gt;%1&lt;/a&gt;</source>
        <translation>Wallboard: &lt;a href="%1"&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Include &amp;test calls</source>
        <translation>&amp;Testanrufe einbeziehen</translation>
    </message>
    <message>
        <source>Count the simulator's calls too (they are kept out of the KPIs)</source>
        <translation>Auch die Anrufe des Simulators zählen (sie sind sonst nicht in den KPIs)</translation>
    </message>
    <message>
        <source>Unconfirmed payments</source>
        <translation>Unbestätigte Zahlungen</translation>
    </message>
    <message>
        <source>Payments whose charge is not confirmed either way (the gateway did not answer, or the call ended while it was asked): do not charge them again until reconciliation settles them</source>
        <translation>Zahlungen, deren Belastung weder bestätigt noch abgelehnt ist (das Gateway hat nicht geantwortet, oder der Anruf endete während der Anfrage): nicht erneut belasten, bis der Abgleich sie klärt</translation>
    </message>
    <message>
        <source>submitted or unknown, any day</source>
        <translation>übermittelt oder unbekannt, jeder Tag</translation>
    </message>
    <message>
        <source>Wallboard &amp;mode</source>
        <translation>Wallboard-&amp;Modus</translation>
    </message>
    <message>
        <source>These KPIs full screen, with large tiles and their thresholds; Esc leaves</source>
        <translation>Diese KPIs im Vollbild, mit großen Kacheln und Schwellenwerten; Esc beendet</translation>
    </message>
    <message>
        <source>Click a point to list the sessions of that minute its line counts</source>
        <translation>Klicken Sie auf einen Punkt, um die von seiner Linie gezählten Sitzungen dieser Minute zu listen</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::LoginDialog</name>
    <message>
        <source>VoicePay: create the first admin account</source>
        <translation>VoicePay: erstes Admin-Konto anlegen</translation>
    </message>
    <message>
        <source>VoicePay: sign in</source>
        <translation>VoicePay: anmelden</translation>
    </message>
    <message>
        <source>This store has no user accounts yet. Create the first one: it is an admin, who can then add analysts, supervisors and other admins.</source>
        <translation>Dieser Speicher hat noch keine Benutzerkonten. Legen Sie das erste an: es ist ein Admin, der dann Analysten, Supervisoren und weitere Admins hinzufügen kann.</translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation>Bei %1 anmelden.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Anlegen und anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Passwort: %1</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
    <message>
        <source>Password accepted.</source>
        <translation>Passwort akzeptiert.</translation>
    </message>
    <message>
        <source>The name or the password is wrong.</source>
        <translation>Name oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>An admin reset your password: choose a new one, then sign in with it.</source>
        <translation>Ein Admin hat Ihr Passwort zurückgesetzt: Wählen Sie ein neues und melden Sie sich damit an.</translation>
    </message>
    <message>
        <source>Password changed: sign in with the new one.</source>
        <translation>Passwort geändert: Melden Sie sich mit dem neuen an.</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::MainWindow</name>
    <message>
        <source>VoicePay Console</source>
        <translation>VoicePay-Konsole</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <source>Prompt explorer</source>
        <translation>Ansagen-Explorer</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Gateway: %1</source>
        <translation>Gateway: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>Szenario ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save call as scenario…</source>
        <translation>Anruf als Szenario &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About VoicePay</source>
        <translation>&amp;Über VoicePay</translation>
    </message>
    <message>
        <source>About VoicePay</source>
        <translation>Über VoicePay</translation>
    </message>
    <message>
        <source>&lt;h3&gt;VoicePay Console %1&lt;/h3&gt;&lt;p&gt;Call simulator, supervisor dashboards and configuration editor for phone card payments.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VoicePay-Konsole %1&lt;/h3&gt;&lt;p&gt;Anrufsimulator, Supervisor-Dashboards und Konfigurationseditor für Kartenzahlungen per Telefon.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The store URL is refused (%1); using %2.</source>
        <translation>Die Speicher-URL wird abgelehnt (%1); verwende %2.</translation>
    </message>
    <message>
        <source>Live dashboard</source>
        <translation>Live-Dashboard</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Store: %1 (opening)</source>
        <translation>Speicher: %1 (wird geöffnet)</translation>
    </message>
    <message>
        <source>The KPI store could not be opened: %1</source>
        <translation>Der KPI-Speicher konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Store: %1 (not available)</source>
        <translation>Speicher: %1 (nicht verfügbar)</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Confirm with your password</source>
        <translation>Mit Ihrem Passwort bestätigen</translation>
    </message>
    <message>
        <source>%1

Password of %2:</source>
        <translation>%1

Passwort von %2:</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Angemeldet: %1 (%2)</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Benutzer wechseln</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Benutzerkonten</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Save the configuration.</source>
        <translation>Die Konfiguration speichern.</translation>
    </message>
    <message>
        <source>Remove the gateway key from the keychain.</source>
        <translation>Den Gateway-Schlüssel aus dem Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <source>Store the gateway key in the keychain.</source>
        <translation>Den Gateway-Schlüssel im Schlüsselbund ablegen.</translation>
    </message>
    <message>
        <source>Only an admin may do this.</source>
        <translation>Nur ein Admin darf das.</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was changed.</source>
        <translation>Nicht bestätigt: nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The audit record could not be written: %1</source>
        <translation>Der Prüfeintrag konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Benutzer &amp;wechseln…</translation>
    </message>
    <message>
        <source>Store: %1 (not saving)</source>
        <translation>Speicher: %1 (sichert nicht)</translation>
    </message>
    <message>
        <source>The KPI store saves calls again.</source>
        <translation>Der KPI-Speicher sichert Anrufe wieder.</translation>
    </message>
    <message>
        <source>The call ended (%1) but is not recorded: the KPI store is not available.</source>
        <translation>Der Anruf ist beendet (%1), wird aber nicht erfasst: der KPI-Speicher ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 gateway not available: %2</source>
        <translation>Gateway %1 nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>Gateway: not available</source>
        <translation>Gateway: nicht verfügbar</translation>
    </message>
    <message>
        <source>%1; calls end as a technical error before any card data is asked for</source>
        <translation>%1; Anrufe enden als technischer Fehler, bevor Kartendaten abgefragt werden</translation>
    </message>
    <message>
        <source>The configuration has changes that are not saved.</source>
        <translation>Die Konfiguration hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>A simulated call is in progress; it would end.</source>
        <translation>Ein simulierter Anruf läuft; er würde beendet.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Switch user anyway?</source>
        <translation>Trotzdem den Benutzer wechseln?</translation>
    </message>
    <message>
        <source>Quit anyway?</source>
        <translation>Trotzdem beenden?</translation>
    </message>
    <message>
        <source>&amp;Help for this area</source>
        <translation>&amp;Hilfe zu diesem Bereich</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Save the wallboard thresholds.</source>
        <translation>Die Wallboard-Schwellenwerte speichern.</translation>
    </message>
    <message>
        <source>Roll the configuration back to version %1.</source>
        <translation>Die Konfiguration auf Version %1 zurücksetzen.</translation>
    </message>
    <message>
        <source>Scenario suite</source>
        <translation>Szenario-Suite</translation>
    </message>
    <message>
        <source>Scenario suite: %1 passed, %2 failed, %3 could not run.</source>
        <translation>Szenario-Suite: %1 bestanden, %2 fehlgeschlagen, %3 nicht ausführbar.</translation>
    </message>
    <message>
        <source>Run scenario s&amp;uite…</source>
        <translation>Szenario-S&amp;uite ausführen…</translation>
    </message>
    <message>
        <source>Phone line</source>
        <translation>Telefonleitung</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::PhoneCallsModel</name>
    <message>
        <source>Agent conference</source>
        <translation>Konferenz mit Agent</translation>
    </message>
    <message>
        <source>IVR</source>
        <translation>IVR</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>Anruftyp</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::PhoneGuide</name>
    <message>
        <source>mandatory: the caller's account, such as 10001</source>
        <translation>Pflicht: das Konto des Anrufers, z. B. 10001</translation>
    </message>
    <message>
        <source>mandatory: the amount due, a decimal such as 125.50</source>
        <translation>Pflicht: der fällige Betrag, eine Dezimalzahl wie 125.50</translation>
    </message>
    <message>
        <source>the merchant id</source>
        <translation>die Händler-ID</translation>
    </message>
    <message>
        <source>the payment reference, such as INV-1001</source>
        <translation>die Zahlungsreferenz, z. B. INV-1001</translation>
    </message>
    <message>
        <source>ivr or conference</source>
        <translation>ivr oder conference</translation>
    </message>
    <message>
        <source>true or false: whether the caller is already identified</source>
        <translation>true oder false: ob der Anrufer bereits identifiziert ist</translation>
    </message>
    <message>
        <source>the prompts' language, such as de-DE</source>
        <translation>die Sprache der Ansagen, z. B. de-DE</translation>
    </message>
    <message>
        <source>Calling the phone line</source>
        <translation>Die Telefonleitung anrufen</translation>
    </message>
    <message>
        <source>Dial %1 from a softphone on this computer.</source>
        <translation>Wählen Sie %1 von einem Softphone auf diesem Computer.</translation>
    </message>
    <message>
        <source>The INVITE must carry the call's context in these SIP headers; a call without %1 or %2 is refused with 400 naming what is missing:</source>
        <translation>Der INVITE muss den Anrufkontext in diesen SIP-Headern tragen; ein Anruf ohne %1 oder %2 wird mit 400 unter Nennung des Fehlenden abgewiesen:</translation>
    </message>
    <message>
        <source>Debian's baresip 1.0 cannot add headers of its own: let a PBX in front add them, then dial through it</source>
        <translation>Debians baresip 1.0 kann keine eigenen Header hinzufügen: Lassen Sie eine vorgeschaltete PBX sie ergänzen und wählen Sie über diese</translation>
    </message>
    <message>
        <source>Debian's sip-tester sends the headers itself; a whole payment keyed as RFC 4733 events:</source>
        <translation>Debians sip-tester sendet die Header selbst; eine ganze Zahlung als RFC-4733-Ereignisse eingegeben:</translation>
    </message>
    <message>
        <source>Keys are heard as RFC 4733 events, in-band tones or SIP INFO. When the call ends, the endpoint's BYE carries the result in X-VoicePay-Result, and the session is stored like any other.</source>
        <translation>Tasten werden als RFC-4733-Ereignisse, In-Band-Töne oder SIP INFO erkannt. Bei Anrufende trägt das BYE des Endpunkts das Ergebnis in X-VoicePay-Result, und die Sitzung wird wie jede andere gespeichert.</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::PhoneLine</name>
    <message>
        <source>The phone line program could not be started (%1).</source>
        <translation>Das Telefonleitungsprogramm konnte nicht gestartet werden (%1).</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stoppt…</translation>
    </message>
    <message>
        <source>Not running (failed)</source>
        <translation>Läuft nicht (fehlgeschlagen)</translation>
    </message>
    <message>
        <source>The phone line is already running.</source>
        <translation>Die Telefonleitung läuft bereits.</translation>
    </message>
    <message>
        <source>The phone line program (voicepay-ivr) is not installed next to the console.</source>
        <translation>Das Telefonleitungsprogramm (voicepay-ivr) ist nicht neben der Konsole installiert.</translation>
    </message>
    <message>
        <source>%1 is not a loopback address: the phone line only answers this computer.</source>
        <translation>%1 ist keine Loopback-Adresse: Die Telefonleitung nimmt nur Anrufe dieses Computers an.</translation>
    </message>
    <message>
        <source>Choose a port for the phone line.</source>
        <translation>Wählen Sie einen Port für die Telefonleitung.</translation>
    </message>
    <message>
        <source>The configuration could not be handed to the phone line: %1</source>
        <translation>Die Konfiguration konnte nicht an die Telefonleitung übergeben werden: %1</translation>
    </message>
    <message>
        <source>Starting the phone line on port %1…</source>
        <translation>Telefonleitung wird auf Port %1 gestartet…</translation>
    </message>
    <message>
        <source>Stopping: calls in progress end as hang-ups and are stored…</source>
        <translation>Stoppt: Laufende Anrufe enden als Aufleger und werden gespeichert…</translation>
    </message>
    <message>
        <source>Answering calls on %1, port %2 (%3).</source>
        <translation>Anrufe werden auf %1, Port %2 (%3) angenommen.</translation>
    </message>
    <message numerus="yes">
        <source>The phone line is stopped; it answered %n call(s).</source>
        <translation><numerusform>Die Telefonleitung ist gestoppt; sie hat %n Anruf angenommen.</numerusform><numerusform>Die Telefonleitung ist gestoppt; sie hat %n Anrufe angenommen.</numerusform></translation>
    </message>
    <message>
        <source>The phone line is stopped.</source>
        <translation>Die Telefonleitung ist gestoppt.</translation>
    </message>
    <message>
        <source>The phone line program ended unexpectedly (exit code %1).</source>
        <translation>Das Telefonleitungsprogramm wurde unerwartet beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>Port %1 is already in use by another program: choose another port.</source>
        <translation>Port %1 wird bereits von einem anderen Programm verwendet: Wählen Sie einen anderen Port.</translation>
    </message>
    <message>
        <source>Port %1 may not be used by the console: choose a port from 1024 up.</source>
        <translation>Port %1 darf von der Konsole nicht verwendet werden: Wählen Sie einen Port ab 1024.</translation>
    </message>
    <message>
        <source>This computer has no such address to answer calls on.</source>
        <translation>Dieser Computer hat keine solche Adresse für die Anrufannahme.</translation>
    </message>
    <message>
        <source>The phone line cannot open the KPI store: %1</source>
        <translation>Die Telefonleitung kann den KPI-Speicher nicht öffnen: %1</translation>
    </message>
    <message>
        <source>The phone line stopped: %1</source>
        <translation>Die Telefonleitung wurde gestoppt: %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::PhonePanel</name>
    <message>
        <source>Phone line</source>
        <translation>Telefonleitung</translation>
    </message>
    <message>
        <source>Answers SIP calls on this computer with the payment flow of the current configuration; every call is stored in this console's KPI store.</source>
        <translation>Nimmt SIP-Anrufe auf diesem Computer mit dem Zahlungsablauf der aktuellen Konfiguration an; jeder Anruf wird im KPI-Speicher dieser Konsole abgelegt.</translation>
    </message>
    <message>
        <source>Calls in progress: the KPI store cannot be read (%1)</source>
        <translation>Laufende Anrufe: Der KPI-Speicher ist nicht lesbar (%1)</translation>
    </message>
    <message>
        <source>127.0.0.1 (this computer)</source>
        <translation>127.0.0.1 (dieser Computer)</translation>
    </message>
    <message>
        <source>::1 (this computer, IPv6)</source>
        <translation>::1 (dieser Computer, IPv6)</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>UDP and TCP</source>
        <translation>UDP und TCP</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message numerus="yes">
        <source>The phone line has %n call(s) in progress; they would end as hang-ups.</source>
        <translation><numerusform>Die Telefonleitung hat %n laufenden Anruf; er würde als Aufleger enden.</numerusform><numerusform>Die Telefonleitung hat %n laufende Anrufe; sie würden als Aufleger enden.</numerusform></translation>
    </message>
    <message>
        <source>The phone line is answering calls; it would stop.</source>
        <translation>Die Telefonleitung nimmt Anrufe an; sie würde gestoppt.</translation>
    </message>
    <message>
        <source>Not answering calls. Choose a port and start the line.</source>
        <translation>Keine Anrufannahme. Wählen Sie einen Port und starten Sie die Leitung.</translation>
    </message>
    <message>
        <source>No call in progress on the phone line.</source>
        <translation>Kein laufender Anruf auf der Telefonleitung.</translation>
    </message>
    <message numerus="yes">
        <source>Calls in progress on the phone line: %n</source>
        <translation><numerusform>Laufende Anrufe auf der Telefonleitung: %n</numerusform><numerusform>Laufende Anrufe auf der Telefonleitung: %n</numerusform></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::PromptCatalogModel</name>
    <message>
        <source>(call)</source>
        <translation>(Anruf)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>played</source>
        <translation>gespielt</translation>
    </message>
    <message>
        <source>never played</source>
        <translation>nie gespielt</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>Suite</translation>
    </message>
    <message>
        <source>Example text</source>
        <translation>Beispieltext</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::PromptExplorer</name>
    <message>
        <source>Prompt explorer</source>
        <translation>Ansagen-Explorer</translation>
    </message>
    <message>
        <source>Filter by id, step, situation, brand or text</source>
        <translation>Nach ID, Schritt, Situation, Marke oder Text filtern</translation>
    </message>
    <message>
        <source>Only &amp;never played</source>
        <translation>Nur &amp;nie gespielte</translation>
    </message>
    <message>
        <source>Scenario suite not run yet.</source>
        <translation>Szenario-Suite noch nicht ausgeführt.</translation>
    </message>
    <message>
        <source>&amp;Run scenario suite</source>
        <translation>Szenario-Suite &amp;ausführen</translation>
    </message>
    <message>
        <source>&amp;Speak this prompt</source>
        <translation>Ansage &amp;sprechen</translation>
    </message>
    <message>
        <source>Preview with %1</source>
        <translation>Vorschau mit %1</translation>
    </message>
    <message>
        <source>No speech engine is installed</source>
        <translation>Keine Sprachausgabe installiert</translation>
    </message>
    <message>
        <source>No scenario folder at %1: coverage unknown.</source>
        <translation>Kein Szenario-Ordner unter %1: Abdeckung unbekannt.</translation>
    </message>
    <message>
        <source>Running the scenario suite in %1…</source>
        <translation>Szenario-Suite in %1 läuft…</translation>
    </message>
    <message>
        <source>%1 scenarios played %2 of %3 prompt variants; %4 never played.</source>
        <translation>%1 Szenarien spielten %2 von %3 Ansagevarianten; %4 nie gespielt.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not run: %1</source>
        <translation>
            <numerusform>%n Datei konnte nicht laufen: %1</numerusform>
            <numerusform>%n Dateien konnten nicht laufen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Schritt:</translation>
    </message>
    <message>
        <source>(call)</source>
        <translation>(Anruf)</translation>
    </message>
    <message>
        <source>Situation:</source>
        <translation>Situation:</translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation>Marke:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Segments (example values):</source>
        <translation>Segmente (Beispielwerte):</translation>
    </message>
    <message>
        <source>%1 digits ending %2</source>
        <translation>%1 Ziffern, endet auf %2</translation>
    </message>
    <message>
        <source>The scenario suite plays this variant.</source>
        <translation>Die Szenario-Suite spielt diese Variante.</translation>
    </message>
    <message>
        <source>No scenario of the suite plays this variant.</source>
        <translation>Kein Szenario der Suite spielt diese Variante.</translation>
    </message>
    <message>
        <source>&amp;Play the recording</source>
        <translation>Aufnahme a&amp;bspielen</translation>
    </message>
    <message>
        <source>Plays the prompt as the caller hears it, from %1</source>
        <translation>Spielt die Ansage so, wie der Anrufer sie hört, aus %1</translation>
    </message>
    <message>
        <source>No prompt set at %1 (voicepay-sim promptset makes one)</source>
        <translation>Kein Ansagensatz unter %1 (voicepay-sim promptset erstellt einen)</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::PushToTalk</name>
    <message>
        <source>No microphone on this machine: type what the caller says in the Say box.</source>
        <translation>Kein Mikrofon an diesem Rechner: Tippen Sie ins Feld „Sagen“, was der Anrufer sagt.</translation>
    </message>
    <message>
        <source>This console was built without Qt Multimedia: type what the caller says in the Say box.</source>
        <translation>Diese Konsole wurde ohne Qt Multimedia gebaut: Tippen Sie ins Feld „Sagen“, was der Anrufer sagt.</translation>
    </message>
    <message>
        <source>No speech recogniser: %1</source>
        <translation>Keine Spracherkennung: %1</translation>
    </message>
    <message>
        <source>Hold to &amp;talk</source>
        <translation>Hal&amp;ten und sprechen</translation>
    </message>
    <message>
        <source>Hold down and speak into the microphone; release when done</source>
        <translation>Gedrückt halten und ins Mikrofon sprechen; danach loslassen</translation>
    </message>
    <message>
        <source>the call is not waiting for a spoken answer</source>
        <translation>der Anruf wartet nicht auf eine gesprochene Antwort</translation>
    </message>
    <message>
        <source>the microphone does not record 16 kHz mono</source>
        <translation>das Mikrofon nimmt nicht in 16 kHz mono auf</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ReportExporter</name>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ScenarioRecorder</name>
    <message>
        <source>Recorded in the VoicePay console.</source>
        <translation>In der VoicePay-Konsole aufgezeichnet.</translation>
    </message>
    <message>
        <source>NOT REPLAYABLE: card data that is not a published test value was keyed; inputs %1 are masked (written as time-outs).</source>
        <translation>NICHT WIEDERHOLBAR: es wurden Kartendaten eingegeben, die kein veröffentlichter Testwert sind; Eingaben %1 sind maskiert (als Zeitüberschreitungen geschrieben).</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ScenarioSuitePage</name>
    <message>
        <source>Scenario suite</source>
        <translation>Szenario-Suite</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Choose the folder of scenario files (*.json)</source>
        <translation>Wählen Sie den Ordner der Szenario-Dateien (*.json)</translation>
    </message>
    <message>
        <source>C&amp;hoose folder…</source>
        <translation>Ordner &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Run scenario suite</source>
        <translation>Szenario-Suite &amp;ausführen</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Noch nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>First difference</source>
        <translation>Erster Unterschied</translation>
    </message>
    <message>
        <source>Scenario folder</source>
        <translation>Szenario-Ordner</translation>
    </message>
    <message>
        <source>Choose a scenario folder first.</source>
        <translation>Wählen Sie zuerst einen Szenario-Ordner.</translation>
    </message>
    <message>
        <source>No scenario files (*.json) in %1.</source>
        <translation>Keine Szenario-Dateien (*.json) in %1.</translation>
    </message>
    <message>
        <source>Running the scenario suite in %1…</source>
        <translation>Szenario-Suite in %1 läuft…</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 could not run.</source>
        <translation>%1 bestanden, %2 fehlgeschlagen, %3 nicht ausführbar.</translation>
    </message>
    <message>
        <source>Flow coverage: %1 of %2 steps and outcomes, %3 of %4 transitions, %5 of %6 prompt variants.</source>
        <translation>Ablaufabdeckung: %1 von %2 Schritten und Ergebnissen, %3 von %4 Übergängen, %5 von %6 Ansagevarianten.</translation>
    </message>
    <message>
        <source>Never visited: %1</source>
        <translation>Nie besucht: %1</translation>
    </message>
    <message>
        <source>Never taken: %1</source>
        <translation>Nie genommen: %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::SessionBrowser</name>
    <message>
        <source>Call started</source>
        <translation>Anruf begonnen</translation>
    </message>
    <message>
        <source>Step entered</source>
        <translation>Schritt begonnen</translation>
    </message>
    <message>
        <source>Input refused</source>
        <translation>Eingabe abgelehnt</translation>
    </message>
    <message>
        <source>Input accepted</source>
        <translation>Eingabe angenommen</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Sent to the gateway</source>
        <translation>An das Gateway gesendet</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Gateway error</source>
        <translation>Gateway-Fehler</translation>
    </message>
    <message>
        <source>Caller hung up</source>
        <translation>Anrufer hat aufgelegt</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Anruf beendet</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Dauer (s)</translation>
    </message>
    <message>
        <source>Replay position</source>
        <translation>Wiedergabeposition</translation>
    </message>
    <message>
        <source>Replay:</source>
        <translation>Wiedergabe:</translation>
    </message>
    <message>
        <source>Reading sessions…</source>
        <translation>Lese Sitzungen…</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>Der Speicher konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Session %1 · %2 · site %3 · configuration %4</source>
        <translation>Sitzung %1 · %2 · Standort %3 · Konfiguration %4</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>%1 submission(s), %2 decline(s) %3</source>
        <translation>%1 Einreichung(en), %2 Ablehnung(en) %3</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>Endete bei</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Prompts at the replay position</source>
        <translation>Ansagen an der Wiedergabeposition</translation>
    </message>
    <message>
        <source>Transfer context</source>
        <translation>Übergabekontext</translation>
    </message>
    <message>
        <source>Step reached</source>
        <translation>Erreichter Schritt</translation>
    </message>
    <message>
        <source>Decline codes</source>
        <translation>Ablehnungscodes</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Zahlungsreferenz</translation>
    </message>
    <message>
        <source>→ authorise %1 %2, card %3, invoice %4</source>
        <translation>→ Autorisierung %1 %2, Karte %3, Rechnung %4</translation>
    </message>
    <message>
        <source>(masked)</source>
        <translation>(maskiert)</translation>
    </message>
    <message>
        <source>← approved, transaction %1</source>
        <translation>← genehmigt, Transaktion %1</translation>
    </message>
    <message>
        <source>← declined: %1</source>
        <translation>← abgelehnt: %1</translation>
    </message>
    <message>
        <source>← error: %1</source>
        <translation>← Fehler: %1</translation>
    </message>
    <message>
        <source>Gateway exchange</source>
        <translation>Gateway-Austausch</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Ansagen</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>Sort by start, outcome or duration: click the column</source>
        <translation>Nach Beginn, Ergebnis oder Dauer sortieren: Spalte anklicken</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation><numerusform>%n Sitzung</numerusform><numerusform>%n Sitzungen</numerusform></translation>
    </message>
    <message>
        <source>more than %1 sessions</source>
        <translation>mehr als %1 Sitzungen</translation>
    </message>
    <message>
        <source>%1 · showing %2–%3 · page %4</source>
        <translation>%1 · angezeigt %2–%3 · Seite %4</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::SessionSearchBar</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Card brand</source>
        <translation>Kartenmarke</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Zahlungsreferenz</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation>Transaktions-ID</translation>
    </message>
    <message>
        <source>Last four</source>
        <translation>Letzte vier</translation>
    </message>
    <message>
        <source>Exact value, then Enter</source>
        <translation>Exakter Wert, dann Enter</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Clear the step filter</source>
        <translation>Schrittfilter löschen</translation>
    </message>
    <message>
        <source>&amp;Unconfirmed payments only</source>
        <translation>Nur &amp;unbestätigte Zahlungen</translation>
    </message>
    <message>
        <source>The sessions whose charge is not confirmed either way until reconciliation settles it (payment journal: submitted or unknown)</source>
        <translation>Sitzungen, deren Belastung weder bestätigt noch verworfen ist, bis der Abgleich sie klärt (Zahlungsjournal: übermittelt oder unbekannt)</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Unsuccessful (declined or failed)</source>
        <translation>Erfolglos (abgelehnt oder fehlgeschlagen)</translation>
    </message>
    <message>
        <source>All exits</source>
        <translation>Alle Ausgänge</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>Alle Marken</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Reached: %1</source>
        <translation>Erreicht: %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::SimulatorPage</name>
    <message>
        <source>DTMF clamp on: the agent no longer hears the caller's keys</source>
        <translation>DTMF-Sperre an: der Agent hört die Tasten des Anrufers nicht mehr</translation>
    </message>
    <message>
        <source>DTMF clamp off</source>
        <translation>DTMF-Sperre aus</translation>
    </message>
    <message>
        <source>payment submitted</source>
        <translation>Zahlung eingereicht</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Neuer Anruf</translation>
    </message>
    <message>
        <source>&amp;Start call</source>
        <translation>Anruf &amp;starten</translation>
    </message>
    <message>
        <source>The call cannot start</source>
        <translation>Der Anruf kann nicht starten</translation>
    </message>
    <message>
        <source>Caller's phone</source>
        <translation>Telefon des Anrufers</translation>
    </message>
    <message>
        <source>Say something, e.g. "yes" or "twenty dollars"</source>
        <translation>Etwas sagen, z. B. „yes“ oder „twenty dollars“</translation>
    </message>
    <message>
        <source>Sa&amp;y</source>
        <translation>Sa&amp;gen</translation>
    </message>
    <message>
        <source>&amp;No input</source>
        <translation>&amp;Keine Eingabe</translation>
    </message>
    <message>
        <source>Let the question time out now</source>
        <translation>Frage jetzt ablaufen lassen</translation>
    </message>
    <message>
        <source>&amp;Hang up</source>
        <translation>&amp;Auflegen</translation>
    </message>
    <message>
        <source>time-out in %vs</source>
        <translation>Zeitlimit in %v s</translation>
    </message>
    <message>
        <source>Test-card kit</source>
        <translation>Testkarten-Kit</translation>
    </message>
    <message>
        <source>&amp;Key it in for this question</source>
        <translation>Für diese Frage &amp;eintippen</translation>
    </message>
    <message>
        <source>Keys the card number, expiry, security code or demo PIN the current question asks for</source>
        <translation>Gibt Kartennummer, Ablaufdatum, Prüfnummer oder Demo-PIN ein, je nach aktueller Frage</translation>
    </message>
    <message>
        <source>Next &amp;input</source>
        <translation>Nächste &amp;Eingabe</translation>
    </message>
    <message>
        <source>Replay &amp;all</source>
        <translation>&amp;Alles wiederholen</translation>
    </message>
    <message>
        <source>Replays the opened scenario one caller input at a time</source>
        <translation>Spielt das geöffnete Szenario Eingabe für Eingabe ab</translation>
    </message>
    <message>
        <source>Speak &amp;prompts</source>
        <translation>Ansagen &amp;sprechen</translation>
    </message>
    <message>
        <source>Speaks each prompt with %1</source>
        <translation>Spricht jede Ansage mit %1</translation>
    </message>
    <message>
        <source>No speech engine is installed: prompts are shown only</source>
        <translation>Keine Sprachausgabe installiert: Ansagen werden nur angezeigt</translation>
    </message>
    <message>
        <source>Double-click a prompt to hear it</source>
        <translation>Doppelklick auf eine Ansage spielt sie ab</translation>
    </message>
    <message>
        <source>Agent's screen (conference)</source>
        <translation>Bildschirm des Agenten (Konferenz)</translation>
    </message>
    <message>
        <source>The agent sees how many digits were keyed, the brand and the Luhn check; never the digits.</source>
        <translation>Der Agent sieht, wie viele Ziffern eingegeben wurden, die Marke und die Luhn-Prüfung; nie die Ziffern.</translation>
    </message>
    <message>
        <source>The scenario's configuration is refused: %1</source>
        <translation>Die Konfiguration des Szenarios wird abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 started (session %2)</source>
        <translation>%1 begonnen (Sitzung %2)</translation>
    </message>
    <message>
        <source>Conference call</source>
        <translation>Konferenzanruf</translation>
    </message>
    <message>
        <source>IVR call</source>
        <translation>IVR-Anruf</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — exit: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — Ausgang: %2</translation>
    </message>
    <message>
        <source>amount %1 %2</source>
        <translation>Betrag %1 %2</translation>
    </message>
    <message>
        <source>transaction %1</source>
        <translation>Transaktion %1</translation>
    </message>
    <message>
        <source>attempts %1, declines %2</source>
        <translation>Versuche %1, Ablehnungen %2</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>transfer context: step %1, %2</source>
        <translation>Übergabekontext: Schritt %1, %2</translation>
    </message>
    <message>
        <source>call ended: %1</source>
        <translation>Anruf beendet: %1</translation>
    </message>
    <message>
        <source>Replay: input %1 of %2</source>
        <translation>Wiedergabe: Eingabe %1 von %2</translation>
    </message>
    <message>
        <source>No call yet: set up a call and press Start</source>
        <translation>Noch kein Anruf: Anruf einrichten und Start drücken</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Anruf beendet</translation>
    </message>
    <message>
        <source>Authorizing the payment…</source>
        <translation>Zahlung wird autorisiert…</translation>
    </message>
    <message>
        <source>Asking: %1 (attempt %2)</source>
        <translation>Frage: %1 (Versuch %2)</translation>
    </message>
    <message>
        <source>waiting (no time-out while replaying)</source>
        <translation>wartet (kein Zeitlimit bei der Wiedergabe)</translation>
    </message>
    <message>
        <source>no question</source>
        <translation>keine Frage</translation>
    </message>
    <message>
        <source>The kit has nothing to key for this question.</source>
        <translation>Das Kit hat für diese Frage nichts einzugeben.</translation>
    </message>
    <message>
        <source>Only a finished call can be saved.</source>
        <translation>Nur ein beendeter Anruf kann gespeichert werden.</translation>
    </message>
    <message>
        <source>Save call as scenario</source>
        <translation>Anruf als Szenario speichern</translation>
    </message>
    <message>
        <source>Finish a call first: only a finished call can be saved.</source>
        <translation>Beenden Sie zuerst einen Anruf: nur beendete Anrufe können gespeichert werden.</translation>
    </message>
    <message>
        <source>Card data was keyed that is not one of the kit's published test cards. It is never written to a file: those inputs will be saved as time-outs and the scenario marked as not replayable.

Use the test-card kit to record a scenario that replays.</source>
        <translation>Es wurden Kartendaten eingegeben, die keine veröffentlichte Testkarte des Kits sind. Sie werden nie in eine Datei geschrieben: diese Eingaben werden als Zeitüberschreitungen gespeichert und das Szenario als nicht wiederholbar markiert.

Nutzen Sie das Testkarten-Kit, um ein wiederholbares Szenario aufzuzeichnen.</translation>
    </message>
    <message>
        <source>The scenario will contain the keys pressed, including the published test card values of the kit, so that `voicepay-sim run` can replay it.</source>
        <translation>Das Szenario enthält die gedrückten Tasten einschließlich der veröffentlichten Testkartenwerte des Kits, damit `voicepay-sim run` es abspielen kann.</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>Szenario-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Scenario saved to %1</source>
        <translation>Szenario gespeichert unter %1</translation>
    </message>
    <message>
        <source>Scenario %1 opened: %2 inputs to replay</source>
        <translation>Szenario %1 geöffnet: %2 Eingaben zum Abspielen</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>Karte %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::SiteFilterBox</name>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Show one site of the store, or all of them</source>
        <translation>Einen Standort des Speichers oder alle anzeigen</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>(no site)</source>
        <translation>(kein Standort)</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::TestCardKit</name>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>cards[%1]: needs an id, a number of 12 to 19 digits, an MMYY expiry and a 3 or 4 digit code</source>
        <translation>cards[%1]: braucht eine ID, eine Nummer mit 12 bis 19 Ziffern, ein Ablaufdatum MMJJ und eine Prüfnummer mit 3 oder 4 Ziffern</translation>
    </message>
    <message>
        <source>demoPins.%1: must be 4 to 8 digits</source>
        <translation>demoPins.%1: muss 4 bis 8 Ziffern haben</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ThresholdsForm</name>
    <message>
        <source>Wallboard thresholds</source>
        <translation>Wallboard-Schwellenwerte</translation>
    </message>
    <message>
        <source> / min</source>
        <translation> / min</translation>
    </message>
    <message>
        <source>Success rate amber below</source>
        <translation>Erfolgsquote gelb unter</translation>
    </message>
    <message>
        <source>Success rate red below</source>
        <translation>Erfolgsquote rot unter</translation>
    </message>
    <message>
        <source>Hang-ups amber above</source>
        <translation>Aufleger gelb über</translation>
    </message>
    <message>
        <source>Hang-ups red above</source>
        <translation>Aufleger rot über</translation>
    </message>
    <message>
        <source>Technical errors amber above</source>
        <translation>Technische Fehler gelb über</translation>
    </message>
    <message>
        <source>Technical errors red above</source>
        <translation>Technische Fehler rot über</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Per-minute average over</source>
        <translation>Minutendurchschnitt über</translation>
    </message>
    <message>
        <source>Save &amp;thresholds</source>
        <translation>&amp;Schwellenwerte speichern</translation>
    </message>
    <message>
        <source>The thresholds file could not be used (%1); the defaults are in effect.</source>
        <translation>Die Schwellenwertdatei ist nicht verwendbar (%1); es gelten die Standardwerte.</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was saved.</source>
        <translation>Nicht bestätigt: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The audit record could not be written: nothing was saved.</source>
        <translation>Der Audit-Eintrag konnte nicht geschrieben werden: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Wallboard thresholds saved.</source>
        <translation>Wallboard-Schwellenwerte gespeichert.</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::TimeDisplay</name>
    <message>
        <source>Times in &amp;UTC</source>
        <translation>Zeiten in &amp;UTC</translation>
    </message>
    <message>
        <source>Show the sessions' and reports' times in UTC instead of local time</source>
        <translation>Die Zeiten der Sitzungen und Berichte in UTC statt in Ortszeit anzeigen</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::TranscriptModel</name>
    <message>
        <source>IVR</source>
        <translation>IVR</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::UserAccountsPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>Konto &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Change role of selected</source>
        <translation>Rolle des gewählten &amp;ändern</translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation>Gewähltes &amp;entfernen</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>Konto %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account %1?</source>
        <translation>Das Konto %1 entfernen?</translation>
    </message>
    <message>
        <source>Account %1 removed.</source>
        <translation>Konto %1 entfernt.</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Benutzerkonten</translation>
    </message>
    <message>
        <source>locked until %1 UTC</source>
        <translation>gesperrt bis %1 UTC</translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s)</source>
        <translation>
            <numerusform>%n Fehlversuch</numerusform>
            <numerusform>%n Fehlversuche</numerusform>
        </translation>
    </message>
    <message>
        <source>You cannot remove the account you are signed in with.</source>
        <translation>Das Konto, mit dem Sie angemeldet sind, kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was changed.</source>
        <translation>Nicht bestätigt: nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Add the account %1 (%2).</source>
        <translation>Das Konto %1 (%2) hinzufügen.</translation>
    </message>
    <message>
        <source>Remove the account %1.</source>
        <translation>Das Konto %1 entfernen.</translation>
    </message>
    <message>
        <source>Give %1 the role %2.</source>
        <translation>%1 die Rolle %2 geben.</translation>
    </message>
    <message>
        <source>for a new account or a reset</source>
        <translation>für ein neues Konto oder zum Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Unlock selected</source>
        <translation>Gewähltes ent&amp;sperren</translation>
    </message>
    <message>
        <source>Re&amp;set password of selected</source>
        <translation>Passwort des gewählten &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>The Password field becomes the account's temporary password: its user must choose a new one at the next sign-in.</source>
        <translation>Das Feld „Passwort“ wird zum vorläufigen Passwort des Kontos: Sein Benutzer muss bei der nächsten Anmeldung ein neues wählen.</translation>
    </message>
    <message>
        <source>Account %1 unlocked.</source>
        <translation>Konto %1 entsperrt.</translation>
    </message>
    <message>
        <source>The password of %1 was reset: they choose a new one at their next sign-in.</source>
        <translation>Das Passwort von %1 wurde zurückgesetzt: Bei der nächsten Anmeldung muss ein neues gewählt werden.</translation>
    </message>
    <message>
        <source>must choose a new password</source>
        <translation>muss ein neues Passwort wählen</translation>
    </message>
    <message>
        <source>Unlock the account %1.</source>
        <translation>Das Konto %1 entsperren.</translation>
    </message>
    <message>
        <source>Reset the password of %1.</source>
        <translation>Das Passwort von %1 zurücksetzen.</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::WallboardMode</name>
    <message>
        <source>VoicePay wallboard</source>
        <translation>VoicePay-Wallboard</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Unsuccessful</source>
        <translation>Erfolglos</translation>
    </message>
    <message>
        <source>Hang-ups per minute</source>
        <translation>Aufleger pro Minute</translation>
    </message>
    <message>
        <source>Technical errors per minute</source>
        <translation>Technische Fehler pro Minute</translation>
    </message>
    <message>
        <source>Esc leaves the wallboard</source>
        <translation>Esc beendet das Wallboard</translation>
    </message>
</context>
</TS>
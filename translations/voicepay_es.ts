<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AuditDetails</name>
    <message>
        <source>Configuration changed</source>
        <translation>Configuración cambiada</translation>
    </message>
    <message>
        <source>Gateway key set</source>
        <translation>Clave de la pasarela guardada</translation>
    </message>
    <message>
        <source>Gateway key cleared</source>
        <translation>Clave de la pasarela borrada</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>Cuenta añadida</translation>
    </message>
    <message>
        <source>Account removed</source>
        <translation>Cuenta eliminada</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rol cambiado</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Inicio de sesión rechazado</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Cuenta bloqueada</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Cuenta desbloqueada</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Contraseña restablecida</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Registro de auditoría exportado</translation>
    </message>
    <message>
        <source>Audit log listed</source>
        <translation>Registro de auditoría consultado</translation>
    </message>
    <message>
        <source>Audit log export</source>
        <translation>Exportación del registro de auditoría</translation>
    </message>
    <message>
        <source>Accounts listed</source>
        <translation>Cuentas consultadas</translation>
    </message>
    <message>
        <source>Wallboard thresholds changed</source>
        <translation>Umbrales del panel mural cambiados</translation>
    </message>
    <message>
        <source>Configuration rolled back</source>
        <translation>Configuración revertida</translation>
    </message>
</context>
<context>
    <name>CallContext</name>
    <message>
        <source>must be a non-empty account or customer id</source>
        <translation>debe ser un identificador de cuenta o de cliente no vacío</translation>
    </message>
    <message>
        <source>must be a decimal string such as "125.50"</source>
        <translation>debe ser una cadena decimal como "125.50"</translation>
    </message>
    <message>
        <source>must be a string of at most 64 characters</source>
        <translation>debe ser una cadena de 64 caracteres como máximo</translation>
    </message>
    <message>
        <source>must be ivr or conference</source>
        <translation>debe ser ivr o conference</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
</context>
<context>
    <name>CallSetupCheck</name>
    <message numerus="yes">
        <source>The amount due "%1" is not an amount in %2, which has %n decimal(s): %3</source>
        <translation>
            <numerusform>El importe adeudado «%1» no es un importe en %2, que tiene %n decimal: %3</numerusform>
            <numerusform>El importe adeudado «%1» no es un importe en %2, que tiene %n decimales: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n decimal(s)), %2, %3; %4; %5; %6; site %7</source>
        <translation>
            <numerusform>%1 (%n decimal), %2, %3; %4; %5; %6; sede %7</numerusform>
            <numerusform>%1 (%n decimales), %2, %3; %4; %5; %6; sede %7</numerusform>
        </translation>
    </message>
    <message>
        <source>The account is missing.</source>
        <translation>Falta la cuenta.</translation>
    </message>
    <message>
        <source>The amount due is below the minimum of %1: the caller will be asked for an amount.</source>
        <translation>El importe adeudado es inferior al mínimo de %1: se pedirá un importe a quien llama.</translation>
    </message>
    <message>
        <source>The amount due is above the maximum of %1: the caller will be asked for an amount.</source>
        <translation>El importe adeudado supera el máximo de %1: se pedirá un importe a quien llama.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>the amount due is fixed</source>
        <translation>el importe adeudado es fijo</translation>
    </message>
    <message>
        <source>the caller chooses the amount</source>
        <translation>quien llama elige el importe</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>teclas</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>voz</translation>
    </message>
    <message>
        <source>keys and voice</source>
        <translation>teclas y voz</translation>
    </message>
</context>
<context>
    <name>CardMask</name>
    <message>
        <source>%1 ending %2</source>
        <translation>%1 terminada en %2</translation>
    </message>
</context>
<context>
    <name>ConsoleAccounts</name>
    <message>
        <source>no store is open</source>
        <translation>no hay ningún almacén abierto</translation>
    </message>
</context>
<context>
    <name>FlowConfig</name>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>debe ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>must be a list of card brand identifiers</source>
        <translation>debe ser una lista de identificadores de marcas de tarjeta</translation>
    </message>
    <message>
        <source>unknown card brand "%1" (known: %2)</source>
        <translation>marca de tarjeta desconocida "%1" (conocidas: %2)</translation>
    </message>
    <message>
        <source>must be transfer_to_agent, return_to_ivr or disconnect</source>
        <translation>debe ser transfer_to_agent, return_to_ivr o disconnect</translation>
    </message>
    <message>
        <source>must be a decimal string such as "12.50"</source>
        <translation>debe ser una cadena decimal como "12.50"</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <source>must be sandbox, server or endpoint</source>
        <translation>debe ser sandbox, server o endpoint</translation>
    </message>
    <message>
        <source>is at most 25 characters</source>
        <translation>tiene 25 caracteres como máximo</translation>
    </message>
    <message>
        <source>must be a SIP URI such as sip:agents@pbx.example, or empty</source>
        <translation>debe ser una URI SIP como sip:agents@pbx.example, o vacía</translation>
    </message>
    <message>
        <source>"%1" is not a supported ISO 4217 code</source>
        <translation>"%1" no es un código ISO 4217 admitido</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>debe ser mayor que cero</translation>
    </message>
    <message>
        <source>must not be below minAmount</source>
        <translation>no debe ser inferior a minAmount</translation>
    </message>
    <message>
        <source>must name at least one card brand</source>
        <translation>debe nombrar al menos una marca de tarjeta</translation>
    </message>
    <message>
        <source>is required for gateway mode %1</source>
        <translation>es obligatorio para el modo de pasarela %1</translation>
    </message>
    <message>
        <source>must be fixed or caller</source>
        <translation>debe ser fixed o caller</translation>
    </message>
    <message>
        <source>must be dtmf, voice or both</source>
        <translation>debe ser dtmf, voice o both</translation>
    </message>
    <message>
        <source>must be an object keyed by step name</source>
        <translation>debe ser un objeto indexado por nombre de paso</translation>
    </message>
    <message>
        <source>unknown step</source>
        <translation>paso desconocido</translation>
    </message>
    <message>
        <source>must be 1 to 64 characters</source>
        <translation>debe tener de 1 a 64 caracteres</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON no válido en la posición %1: %2</translation>
    </message>
    <message>
        <source>the configuration must be a JSON object</source>
        <translation>la configuración debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB</source>
        <translation>%1 supera 1 MiB</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>must be longer than a charge's whole recovery (connectTimeoutMs + 2 x transferTimeoutMs = %1 ms), or a charge sent again after a lost reply could be made twice; 0 is refused</source>
        <translation>debe ser mayor que toda la recuperación de un cargo (connectTimeoutMs + 2 x transferTimeoutMs = %1 ms), o un cargo enviado de nuevo tras perderse la respuesta podría hacerse dos veces; 0 se rechaza</translation>
    </message>
</context>
<context>
    <name>KpiQuery</name>
    <message>
        <source>session %1: the stored replay is unreadable: %2</source>
        <translation>sesión %1: la reproducción guardada no se puede leer: %2</translation>
    </message>
</context>
<context>
    <name>LoadGenerator</name>
    <message>
        <source>the mix is not JSON: %1</source>
        <translation>la mezcla no es JSON: %1</translation>
    </message>
    <message>
        <source>the mix is not a JSON object of weights</source>
        <translation>la mezcla no es un objeto JSON de pesos</translation>
    </message>
    <message>
        <source>unknown call kind "%1" (known: %2)</source>
        <translation>tipo de llamada desconocido "%1" (conocidos: %2)</translation>
    </message>
    <message>
        <source>%1: the weight must be a number of at least 0</source>
        <translation>%1: el peso debe ser un número de al menos 0</translation>
    </message>
    <message>
        <source>the mix has no call kind with a weight above 0</source>
        <translation>la mezcla no tiene ningún tipo de llamada con un peso superior a 0</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>the hash key may only end the amount</source>
        <translation>la tecla almohadilla solo puede terminar el importe</translation>
    </message>
    <message>
        <source>%1 has no decimals; the star key is not accepted</source>
        <translation>%1 no tiene decimales; no se acepta la tecla asterisco</translation>
    </message>
    <message>
        <source>only one star key may mark the decimals</source>
        <translation>solo una tecla asterisco puede marcar los decimales</translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation>el importe está vacío</translation>
    </message>
    <message>
        <source>"%1" is not a decimal amount</source>
        <translation>"%1" no es un importe decimal</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at most %n decimal(s)</source>
        <translation>
            <numerusform>%1 admite como máximo %n decimal</numerusform>
            <numerusform>%1 admite como máximo %n decimales</numerusform>
        </translation>
    </message>
    <message>
        <source>"%1" is too large</source>
        <translation>"%1" es demasiado grande</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>use at least 12 characters</source>
        <translation>use al menos 12 caracteres</translation>
    </message>
    <message>
        <source>mix letters with digits or symbols</source>
        <translation>combine letras con dígitos o símbolos</translation>
    </message>
</context>
<context>
    <name>PromptLanguage</name>
    <message>
        <source>unknown language "%1" (available: %2)</source>
        <translation>idioma desconocido "%1" (disponibles: %2)</translation>
    </message>
</context>
<context>
    <name>PromptRenderer</name>
    <message>
        <source>no prompt set is loaded</source>
        <translation>no hay ningún juego de locuciones cargado</translation>
    </message>
    <message>
        <source>the prompt set is in %1, the prompt in %2</source>
        <translation>el juego de locuciones está en %1, la locución en %2</translation>
    </message>
</context>
<context>
    <name>PromptSet</name>
    <message>
        <source>the manifest is larger than 8 MiB</source>
        <translation>el manifiesto supera 8 MiB</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON no válido en la posición %1: %2</translation>
    </message>
    <message>
        <source>not a prompt set manifest ("format" must be "%1")</source>
        <translation>no es un manifiesto de juego de locuciones ("format" debe ser "%1")</translation>
    </message>
    <message>
        <source>unsupported manifest version %1</source>
        <translation>versión de manifiesto %1 no admitida</translation>
    </message>
    <message>
        <source>"segments" must be a list</source>
        <translation>"segments" debe ser una lista</translation>
    </message>
    <message>
        <source>"%1" is not a valid segment id (a-z, 0-9, _ and -)</source>
        <translation>"%1" no es un identificador de segmento válido (a-z, 0-9, _ y -)</translation>
    </message>
    <message>
        <source>"%1" is listed twice</source>
        <translation>"%1" aparece dos veces</translation>
    </message>
    <message>
        <source>"source" must be "recorded" or "synthesised"</source>
        <translation>"source" debe ser "recorded" o "synthesised"</translation>
    </message>
    <message>
        <source>the prompt set has no segment "%1"</source>
        <translation>el juego de locuciones no tiene el segmento "%1"</translation>
    </message>
    <message>
        <source>%1 is at %2 Hz, not %3 Hz</source>
        <translation>%1 está a %2 Hz, no a %3 Hz</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>an utterance must have 1 to 500 characters</source>
        <translation>un enunciado debe tener de 1 a 500 caracteres</translation>
    </message>
    <message>
        <source>at most 64 keys per step</source>
        <translation>como máximo 64 teclas por paso</translation>
    </message>
    <message>
        <source>character %1 of "%2" is not a DTMF key (0-9, * and #); a step is keys, "timeout", "hangup" or "say:TEXT"</source>
        <translation>el carácter %1 de "%2" no es una tecla DTMF (0-9, * y #); un paso son teclas, "timeout", "hangup" o "say:TEXT"</translation>
    </message>
    <message>
        <source>the scenario is larger than 4 MiB</source>
        <translation>el escenario supera 4 MiB</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON no válido en la posición %1: %2</translation>
    </message>
    <message>
        <source>a scenario must be a JSON object</source>
        <translation>un escenario debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must be a date as YYYY-MM-DD</source>
        <translation>debe ser una fecha AAAA-MM-DD</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>debe ser una lista de cadenas</translation>
    </message>
    <message>
        <source>at most %1 inputs</source>
        <translation>como máximo %1 entradas</translation>
    </message>
    <message>
        <source>unknown result key</source>
        <translation>clave de resultado desconocida</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>an audio input needs a WAV file's path</source>
        <translation>una entrada de audio necesita la ruta de un archivo WAV</translation>
    </message>
    <message>
        <source>no such audio file: %1</source>
        <translation>no existe el archivo de audio: %1</translation>
    </message>
</context>
<context>
    <name>SessionRecord</name>
    <message>
        <source>a session without an id or an outcome</source>
        <translation>una sesión sin identificador o sin resultado</translation>
    </message>
    <message>
        <source>session %1: more than four card digits</source>
        <translation>sesión %1: más de cuatro dígitos de tarjeta</translation>
    </message>
    <message>
        <source>session %1: an event is not [time, kind, step, detail]</source>
        <translation>sesión %1: un evento no es [hora, tipo, paso, detalle]</translation>
    </message>
    <message>
        <source>session %1: %2</source>
        <translation>sesión %1: %2</translation>
    </message>
    <message>
        <source>session %1: a time or a count is not a whole number</source>
        <translation>sesión %1: una hora o un recuento no es un número entero</translation>
    </message>
</context>
<context>
    <name>SessionReplay</name>
    <message>
        <source>"steps" is not a list</source>
        <translation>"steps" no es una lista</translation>
    </message>
    <message>
        <source>a step is not an object with a name and a list of prompts</source>
        <translation>un paso no es un objeto con un nombre y una lista de locuciones</translation>
    </message>
    <message>
        <source>"closingPrompts" is not a list of texts</source>
        <translation>"closingPrompts" no es una lista de textos</translation>
    </message>
    <message>
        <source>"declineCodes" is not a list of texts</source>
        <translation>"declineCodes" no es una lista de textos</translation>
    </message>
    <message>
        <source>"transferContext" is not an object</source>
        <translation>"transferContext" no es un objeto</translation>
    </message>
    <message>
        <source>not JSON (%1 at offset %2)</source>
        <translation>no es JSON (%1 en la posición %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>neither JSON nor a compressed replay</source>
        <translation>ni JSON ni una reproducción comprimida</translation>
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
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 línea %2: %3</translation>
    </message>
</context>
<context>
    <name>StoreBackend</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
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
        <translation>el controlador Qt SQL %1 no está disponible</translation>
    </message>
    <message>
        <source>cannot open the KPI store %1: %2</source>
        <translation>no se puede abrir el almacén de indicadores %1: %2</translation>
    </message>
    <message>
        <source>KPI store %1: %2</source>
        <translation>almacén de indicadores %1: %2</translation>
    </message>
</context>
<context>
    <name>StoreSchema</name>
    <message>
        <source>schema: %1 (%2)</source>
        <translation>esquema: %1 (%2)</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this program's %2; update the program</source>
        <translation>la base de datos tiene la versión de esquema %1, más reciente que la versión %2 de este programa; actualice el programa</translation>
    </message>
    <message>
        <source>schema: %1</source>
        <translation>esquema: %1</translation>
    </message>
</context>
<context>
    <name>StoreUrl</name>
    <message>
        <source>"%1": the SQLite URL names no file (sqlite:PATH)</source>
        <translation>"%1": la URL de SQLite no nombra ningún archivo (sqlite:RUTA)</translation>
    </message>
    <message>
        <source>"%1" is not a PostgreSQL URL (postgresql://user@host:port/db)</source>
        <translation>"%1" no es una URL de PostgreSQL (postgresql://usuario@host:puerto/base)</translation>
    </message>
    <message>
        <source>"%1": the PostgreSQL URL names no database (postgresql://user@host:port/db)</source>
        <translation>"%1": la URL de PostgreSQL no nombra ninguna base de datos (postgresql://usuario@host:puerto/base)</translation>
    </message>
    <message>
        <source>"%1": a store URL is sqlite:PATH or postgresql://user@host:port/db</source>
        <translation>"%1": una URL de almacén es sqlite:RUTA o postgresql://usuario@host:puerto/base</translation>
    </message>
    <message>
        <source>a PostgreSQL URL takes sslmode (disable, allow, prefer, require, verify-ca, verify-full) and sslrootcert (a CA file) only</source>
        <translation>una URL de PostgreSQL solo admite sslmode (disable, allow, prefer, require, verify-ca, verify-full) y sslrootcert (un archivo de CA)</translation>
    </message>
    <message>
        <source>a store URL holds no password (every user of the machine can read a command line): put it in a password file (~/.pgpass, or the file PGPASSFILE names, mode 0600)</source>
        <translation>una URL del almacén no lleva contraseña (cualquier usuario de la máquina puede leer una línea de órdenes): póngala en un archivo de contraseñas (~/.pgpass, o el archivo que indique PGPASSFILE, modo 0600)</translation>
    </message>
</context>
<context>
    <name>UserAccounts</name>
    <message>
        <source>The name or the password is not right, or the account is locked for a while after too many failed log-ins.</source>
        <translation>El nombre o la contraseña no son correctos, o la cuenta está bloqueada un tiempo tras demasiados intentos fallidos.</translation>
    </message>
    <message>
        <source>only an admin may do this</source>
        <translation>solo un administrador puede hacer esto</translation>
    </message>
    <message>
        <source>the first account must be an admin</source>
        <translation>la primera cuenta debe ser de administrador</translation>
    </message>
    <message>
        <source>a user name has 2 to 32 letters, digits, dots, dashes or underscores</source>
        <translation>un nombre de usuario tiene de 2 a 32 letras, dígitos, puntos, guiones o guiones bajos</translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation>contraseña: %1</translation>
    </message>
    <message>
        <source>a user named %1 exists already</source>
        <translation>ya existe un usuario llamado %1</translation>
    </message>
    <message>
        <source>an admin cannot remove their own account</source>
        <translation>un administrador no puede eliminar su propia cuenta</translation>
    </message>
    <message>
        <source>no user named %1</source>
        <translation>no hay ningún usuario llamado %1</translation>
    </message>
    <message>
        <source>an admin cannot take away their own admin role</source>
        <translation>un administrador no puede quitarse su propio rol de administrador</translation>
    </message>
    <message>
        <source>The password was reset by an admin: choose a new one to sign in.</source>
        <translation>Un administrador ha restablecido la contraseña: elija una nueva para iniciar sesión.</translation>
    </message>
    <message>
        <source>an admin changes their own password with the current one, not by a reset</source>
        <translation>un administrador cambia su propia contraseña con la actual, no mediante un restablecimiento</translation>
    </message>
    <message>
        <source>new password: %1</source>
        <translation>contraseña nueva: %1</translation>
    </message>
    <message>
        <source>the new password must differ from the current one</source>
        <translation>la contraseña nueva debe ser distinta de la actual</translation>
    </message>
    <message>
        <source>the password was changed in the meantime</source>
        <translation>la contraseña se ha cambiado mientras tanto</translation>
    </message>
</context>
<context>
    <name>WavFile</name>
    <message>
        <source>the file is larger than 256 MiB</source>
        <translation>el archivo supera 256 MiB</translation>
    </message>
    <message>
        <source>not a RIFF/WAVE file</source>
        <translation>no es un archivo RIFF/WAVE</translation>
    </message>
    <message>
        <source>truncated: the RIFF header announces %1 bytes but the file has %2</source>
        <translation>truncado: la cabecera RIFF anuncia %1 bytes pero el archivo tiene %2</translation>
    </message>
    <message>
        <source>truncated: the "%1" chunk announces %2 bytes, only %3 are present</source>
        <translation>truncado: el bloque "%1" anuncia %2 bytes, solo hay %3</translation>
    </message>
    <message>
        <source>the format chunk is too short (%1 bytes)</source>
        <translation>el bloque de formato es demasiado corto (%1 bytes)</translation>
    </message>
    <message>
        <source>format %1 is not PCM</source>
        <translation>el formato %1 no es PCM</translation>
    </message>
    <message>
        <source>%1 channels; only mono is supported</source>
        <translation>%1 canales; solo se admite mono</translation>
    </message>
    <message>
        <source>%1 bits per sample; only 16 is supported</source>
        <translation>%1 bits por muestra; solo se admite 16</translation>
    </message>
    <message>
        <source>sample rate %1 Hz; only 8000 and 16000 are supported</source>
        <translation>frecuencia de muestreo de %1 Hz; solo se admiten 8000 y 16000</translation>
    </message>
    <message>
        <source>inconsistent format chunk (block align %1, byte rate %2)</source>
        <translation>bloque de formato incoherente (alineación %1, tasa de bytes %2)</translation>
    </message>
    <message>
        <source>the data chunk comes before the format chunk</source>
        <translation>el bloque de datos va antes del bloque de formato</translation>
    </message>
    <message>
        <source>the data chunk has an odd number of bytes (%1)</source>
        <translation>el bloque de datos tiene un número impar de bytes (%1)</translation>
    </message>
    <message>
        <source>no data chunk</source>
        <translation>no hay bloque de datos</translation>
    </message>
    <message>
        <source>no format chunk</source>
        <translation>no hay bloque de formato</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>VoicePay call simulator, dashboards and configuration editor</source>
        <translation>Simulador de llamadas, paneles y editor de configuración de VoicePay</translation>
    </message>
    <message>
        <source>Use this configuration file instead of the saved one.</source>
        <translation>Usar este archivo de configuración en lugar del guardado.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Quit once the window is painted (start-up timing).</source>
        <translation>Salir en cuanto se dibuje la ventana (medición del arranque).</translation>
    </message>
    <message>
        <source>Set up AREA (%1), save a picture of the window to FILE and quit.</source>
        <translation>Preparar el ÁREA (%1), guardar una imagen de la ventana en ARCHIVO y salir.</translation>
    </message>
    <message>
        <source>AREA:FILE</source>
        <translation>ÁREA:ARCHIVO</translation>
    </message>
    <message>
        <source>The KPI store: sqlite:PATH or postgresql://user@host:port/db (default: the embedded SQLite file).</source>
        <translation>El almacén de indicadores: sqlite:RUTA o postgresql://usuario@host:puerto/base (por defecto: el archivo SQLite integrado).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Sign NAME in without the dialog; the password is read from VOICEPAY_CONSOLE_PASSWORD or standard input.</source>
        <translation>Iniciar la sesión de NOMBRE sin el diálogo; la contraseña se lee de VOICEPAY_CONSOLE_PASSWORD o de la entrada estándar.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Colours: system, light or dark (default: the choice in View › Theme, else system).</source>
        <translation>Colores: system, light o dark (por defecto: la elección de Ver › Tema, si no system).</translation>
    </message>
</context>
<context>
    <name>voicepay::KpiStore</name>
    <message>
        <source>the KPI store is closed</source>
        <translation>el almacén de indicadores está cerrado</translation>
    </message>
    <message>
        <source>KPI store %1: %2</source>
        <translation>almacén de indicadores %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) kept in %1; they are stored when the store next opens</source>
        <translation>
            <numerusform>%n sesión guardada en %1; se almacenará cuando el almacén vuelva a abrirse</numerusform>
            <numerusform>%n sesiones guardadas en %1; se almacenarán cuando el almacén vuelva a abrirse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) not stored: the spool %1 could not be written (%2)</source>
        <translation>
            <numerusform>%n sesión no almacenada: no se pudo escribir el archivo de espera %1 (%2)</numerusform>
            <numerusform>%n sesiones no almacenadas: no se pudo escribir el archivo de espera %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>locked by another process</source>
        <translation>bloqueado por otro proceso</translation>
    </message>
</context>
<context>
    <name>voicepay::ui</name>
    <message>
        <source>the payment journal cannot be opened: %1</source>
        <translation>no se puede abrir el diario de pagos: %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::AudioPreview</name>
    <message>
        <source>no prompt set at %1</source>
        <translation>no hay juego de locuciones en %1</translation>
    </message>
    <message>
        <source>no recording of segment %1</source>
        <translation>no hay grabación del segmento %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::AuditLogPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verificar la cadena</translation>
    </message>
    <message>
        <source>E&amp;xport JSON…</source>
        <translation>E&amp;xportar JSON…</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n record(s) checked.</source>
        <translation>
            <numerusform>Cadena intacta: %n registro comprobado.</numerusform>
            <numerusform>Cadena intacta: %n registros comprobados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain BROKEN at record %1: %2</source>
        <translation>Cadena ROTA en el registro %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>&amp;UTC</source>
        <translation>&amp;UTC</translation>
    </message>
    <message>
        <source>Show times in UTC instead of this computer's time zone</source>
        <translation>Mostrar las horas en UTC en lugar de la zona horaria de este equipo</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>U&amp;suario:</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>A&amp;cción:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>every action</source>
        <translation>todas las acciones</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Hora (local)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s)</source>
        <translation>
            <numerusform>%1 de %n registro</numerusform>
            <numerusform>%1 de %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::BrandListWidget</name>
    <message>
        <source>%1: %2 digits, %3</source>
        <translation>%1: %2 dígitos, %3</translation>
    </message>
    <message>
        <source>%1 of %2 digits</source>
        <translation>%1 de %2 dígitos</translation>
    </message>
    <message>
        <source>no security code</source>
        <translation>sin código de seguridad</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::CallSession</name>
    <message>
        <source>(spoken, masked)</source>
        <translation>(dicho, enmascarado)</translation>
    </message>
    <message>
        <source>"%1"</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>(hangs up)</source>
        <translation>(cuelga)</translation>
    </message>
    <message>
        <source>approved, transaction %1</source>
        <translation>aprobado, transacción %1</translation>
    </message>
    <message>
        <source>declined: %1 (%2)</source>
        <translation>rechazado: %1 (%2)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::CallSetupWidget</name>
    <message>
        <source>Identified by the IVR</source>
        <translation>Identificado por el IVR</translation>
    </message>
    <message>
        <source>IVR call</source>
        <translation>Llamada IVR</translation>
    </message>
    <message>
        <source>Agent conference</source>
        <translation>Conferencia con agente</translation>
    </message>
    <message>
        <source>Call &amp;type:</source>
        <translation>&amp;Tipo de llamada:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>Unchecked: the flow asks the caller for the account number and PIN.</source>
        <translation>Sin marcar: el flujo pide al llamante el número de cuenta y el PIN.</translation>
    </message>
    <message>
        <source>Amount &amp;due:</source>
        <translation>Importe &amp;pendiente:</translation>
    </message>
    <message>
        <source>&amp;Merchant id:</source>
        <translation>Identificador de &amp;comercio:</translation>
    </message>
    <message>
        <source>Payment &amp;reference:</source>
        <translation>&amp;Referencia de pago:</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>Configurado</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Runs under: %1</source>
        <translation>Se ejecuta con: %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ChangePasswordDialog</name>
    <message>
        <source>VoicePay: change the password of %1</source>
        <translation>VoicePay: cambiar la contraseña de %1</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Contraseña &amp;nueva:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Cambiar la contraseña…</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Contraseña: %1</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Password accepted.</source>
        <translation>Contraseña aceptada.</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ClampIndicator</name>
    <message>
        <source>DTMF clamp</source>
        <translation>Bloqueo DTMF</translation>
    </message>
    <message>
        <source>DTMF clamp off: the agent hears the caller.</source>
        <translation>Bloqueo DTMF desactivado: el agente oye a quien llama.</translation>
    </message>
    <message>
        <source>DTMF clamp on: the agent cannot hear the keys the caller presses.</source>
        <translation>Bloqueo DTMF activado: el agente no oye las teclas que pulsa quien llama.</translation>
    </message>
    <message>
        <source>Keys kept from the agent: %1</source>
        <translation>Teclas ocultadas al agente: %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConferenceView</name>
    <message>
        <source>Caller is at:</source>
        <translation>El llamante está en:</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Entrada:</translation>
    </message>
    <message>
        <source>Keyed:</source>
        <translation>Marcado:</translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation>Marca:</translation>
    </message>
    <message>
        <source>Luhn check:</source>
        <translation>Comprobación de Luhn:</translation>
    </message>
    <message>
        <source>no call</source>
        <translation>sin llamada</translation>
    </message>
    <message>
        <source>call left the payment flow</source>
        <translation>la llamada salió del flujo de pago</translation>
    </message>
    <message>
        <source>authorizing the payment</source>
        <translation>autorizando el pago</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>uno de: %1</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incompleto</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <source>%1 of %2 keys</source>
        <translation>%1 de %2 teclas</translation>
    </message>
    <message>
        <source>Payment approved</source>
        <translation>Pago aprobado</translation>
    </message>
    <message>
        <source>Payment not taken: %1</source>
        <translation>Pago no realizado: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referencia: %1</translation>
    </message>
    <message>
        <source>Transaction: %1</source>
        <translation>Transacción: %1</translation>
    </message>
    <message>
        <source>Amount: %1 %2</source>
        <translation>Importe: %1 %2</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConfigChangeList</name>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>No setting changes.</source>
        <translation>No hay cambios de ajustes.</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConfigEditor</name>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Restaurar valores por &amp;defecto</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save configuration</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <source>Import configuration</source>
        <translation>Importar una configuración</translation>
    </message>
    <message>
        <source>Configuration files (*.json)</source>
        <translation>Archivos de configuración (*.json)</translation>
    </message>
    <message>
        <source>Export configuration</source>
        <translation>Exportar la configuración</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Importes</translation>
    </message>
    <message>
        <source>1 decimal</source>
        <translation>1 decimal</translation>
    </message>
    <message>
        <source>%1 decimals</source>
        <translation>%1 decimales</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Mo&amp;neda:</translation>
    </message>
    <message>
        <source>M&amp;inimum amount:</source>
        <translation>Importe m&amp;ínimo:</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>sin máximo</translation>
    </message>
    <message>
        <source>Ma&amp;ximum amount:</source>
        <translation>Importe má&amp;ximo:</translation>
    </message>
    <message>
        <source>Caller may choose the amount</source>
        <translation>El llamante puede elegir el importe</translation>
    </message>
    <message>
        <source>Fixed: the amount due only</source>
        <translation>Fijo: solo el importe pendiente</translation>
    </message>
    <message>
        <source>Amount &amp;mode:</source>
        <translation>&amp;Modo del importe:</translation>
    </message>
    <message>
        <source>Declines and exits</source>
        <translation>Rechazos y salidas</translation>
    </message>
    <message>
        <source>Maximum &amp;declines:</source>
        <translation>Máximo de &amp;rechazos:</translation>
    </message>
    <message>
        <source>When declines reach it:</source>
        <translation>Cuando los rechazos lo alcanzan:</translation>
    </message>
    <message>
        <source>Transfer calls to:</source>
        <translation>Transferir las llamadas a:</translation>
    </message>
    <message>
        <source>After a payment:</source>
        <translation>Tras un pago:</translation>
    </message>
    <message>
        <source>After a failure:</source>
        <translation>Tras un fallo:</translation>
    </message>
    <message>
        <source>Maximum authorization attempts:</source>
        <translation>Máximo de intentos de autorización:</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Allowed brands:</source>
        <translation>Marcas admitidas:</translation>
    </message>
    <message>
        <source>No security code for:</source>
        <translation>Sin código de seguridad para:</translation>
    </message>
    <message>
        <source>No expiry date for:</source>
        <translation>Sin fecha de caducidad para:</translation>
    </message>
    <message>
        <source>Read back the last four digits only</source>
        <translation>Leer solo los cuatro últimos dígitos</translation>
    </message>
    <message>
        <source>Input, retries and time-outs</source>
        <translation>Entrada, reintentos y tiempos de espera</translation>
    </message>
    <message>
        <source>Keypad and voice</source>
        <translation>Teclado y voz</translation>
    </message>
    <message>
        <source>Keypad only</source>
        <translation>Solo teclado</translation>
    </message>
    <message>
        <source>Voice only</source>
        <translation>Solo voz</translation>
    </message>
    <message>
        <source>Input &amp;mode:</source>
        <translation>&amp;Modo de entrada:</translation>
    </message>
    <message>
        <source>Re-prompts per question:</source>
        <translation>Repeticiones por pregunta:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>No-input time-out:</source>
        <translation>Espera sin entrada:</translation>
    </message>
    <message>
        <source>Inter-digit time-out:</source>
        <translation>Espera entre dígitos:</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Propio</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
    <message>
        <source>No input</source>
        <translation>Sin entrada</translation>
    </message>
    <message>
        <source>Inter-digit</source>
        <translation>Entre dígitos</translation>
    </message>
    <message>
        <source>Checked rows use their own re-prompts and time-outs (in milliseconds) instead of the general ones.</source>
        <translation>Las filas marcadas usan sus propias repeticiones y esperas (en milisegundos) en lugar de las generales.</translation>
    </message>
    <message>
        <source>Per question:</source>
        <translation>Por pregunta:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>Si&amp;tio:</translation>
    </message>
    <message>
        <source>Payment gateway</source>
        <translation>Pasarela de pago</translation>
    </message>
    <message>
        <source>In-process sandbox</source>
        <translation>Entorno de pruebas integrado</translation>
    </message>
    <message>
        <source>Sandbox server</source>
        <translation>Servidor de pruebas</translation>
    </message>
    <message>
        <source>Gateway endpoint</source>
        <translation>Punto de acceso de pasarela</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Pasarela:</translation>
    </message>
    <message>
        <source>Endpoint &amp;URL:</source>
        <translation>&amp;URL del punto de acceso:</translation>
    </message>
    <message>
        <source>Merchant &amp;login:</source>
        <translation>&amp;Usuario de comercio:</translation>
    </message>
    <message>
        <source>transaction key</source>
        <translation>clave de transacción</translation>
    </message>
    <message>
        <source>Store in keychain</source>
        <translation>Guardar en el llavero</translation>
    </message>
    <message>
        <source>Transaction &amp;key:</source>
        <translation>Clave de &amp;transacción:</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>No hay ningún llavero disponible.</translation>
    </message>
    <message>
        <source>The transaction key is in the system keychain.</source>
        <translation>La clave de transacción está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Connect time-out:</source>
        <translation>Espera de conexión:</translation>
    </message>
    <message>
        <source>Transfer time-out:</source>
        <translation>Espera de transferencia:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Duplicate window:</source>
        <translation>Ventana de duplicados:</translation>
    </message>
    <message>
        <source>Reconcile every:</source>
        <translation>Conciliar cada:</translation>
    </message>
    <message>
        <source>Longest card number:</source>
        <translation>Número de tarjeta más largo:</translation>
    </message>
    <message>
        <source>This build has no keychain support: the key cannot be stored. It is never written to the configuration file.</source>
        <translation>Esta versión no admite el llavero: la clave no se puede guardar. Nunca se escribe en el archivo de configuración.</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>cambios sin guardar</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>guardado</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Sin guardar: %1</translation>
    </message>
    <message>
        <source>Configuration saved (version %1).</source>
        <translation>Configuración guardada (versión %1).</translation>
    </message>
    <message>
        <source>The configuration file could not be read: %1</source>
        <translation>No se pudo leer el archivo de configuración: %1</translation>
    </message>
    <message>
        <source>Imported %1: review and save.</source>
        <translation>%1 importado: revíselo y guárdelo.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Remove the stored key for this merchant login from the keychain</source>
        <translation>Quitar del llavero la clave guardada para este usuario de comercio</translation>
    </message>
    <message>
        <source>Type the key first; Clear removes a stored one.</source>
        <translation>Escriba primero la clave; Borrar quita una clave guardada.</translation>
    </message>
    <message>
        <source>Clear the key</source>
        <translation>Borrar la clave</translation>
    </message>
    <message>
        <source>The configuration is read-only for you.</source>
        <translation>La configuración es de solo lectura para usted.</translation>
    </message>
    <message>
        <source>Not confirmed: the key is unchanged.</source>
        <translation>No confirmado: la clave no ha cambiado.</translation>
    </message>
    <message>
        <source>The transaction key is removed from the system keychain.</source>
        <translation>La clave de transacción se ha quitado del llavero del sistema.</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was saved.</source>
        <translation>No confirmado: no se ha guardado nada.</translation>
    </message>
    <message>
        <source>The audit record could not be written: nothing was saved.</source>
        <translation>No se pudo escribir el registro de auditoría: no se ha guardado nada.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>These settings change. Save them? Your password is asked next.</source>
        <translation>Estos ajustes cambian. ¿Guardarlos? A continuación se le pedirá la contraseña.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message numerus="yes">
        <source>Not saved, %n settings need attention:</source>
        <translation><numerusform>No guardado, %n ajuste requiere atención:</numerusform><numerusform>No guardado, %n ajustes requieren atención:</numerusform></translation>
    </message>
    <message>
        <source>The configuration is saved, but its version could not be kept in the history: %1</source>
        <translation>La configuración se ha guardado, pero su versión no se pudo conservar en el historial: %1</translation>
    </message>
    <message>
        <source>There is no configuration history here.</source>
        <translation>Aquí no hay historial de configuración.</translation>
    </message>
    <message>
        <source>Configuration rolled back to version %1.</source>
        <translation>Configuración revertida a la versión %1.</translation>
    </message>
    <message>
        <source>Return to the IVR</source>
        <translation>Volver al IVR</translation>
    </message>
    <message>
        <source>Transfer to an agent</source>
        <translation>Transferencia a un agente</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConfigHistoryDialog</name>
    <message>
        <source>Configuration history</source>
        <translation>Historial de configuración</translation>
    </message>
    <message>
        <source>Select a version to see what it changed, or two versions to compare them.</source>
        <translation>Seleccione una versión para ver qué cambió, o dos versiones para compararlas.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>&amp;Roll back to this version…</source>
        <translation>&amp;Revertir a esta versión…</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Rolled back to version %1</source>
        <translation>Revertida a la versión %1</translation>
    </message>
    <message>
        <source>As it was before the first recorded save</source>
        <translation>Tal como estaba antes del primer guardado registrado</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>No version selected.</source>
        <translation>Ninguna versión seleccionada.</translation>
    </message>
    <message>
        <source>Select one or two versions.</source>
        <translation>Seleccione una o dos versiones.</translation>
    </message>
    <message>
        <source>Changes from version %1 to version %2:</source>
        <translation>Cambios de la versión %1 a la versión %2:</translation>
    </message>
    <message>
        <source>Version %1 is the oldest kept; its changes from the defaults:</source>
        <translation>La versión %1 es la más antigua conservada; sus cambios respecto a los valores por defecto:</translation>
    </message>
    <message>
        <source>Select the one version to roll back to.</source>
        <translation>Seleccione la versión a la que revertir.</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConfigLocation</name>
    <message>
        <source>The configuration file could not be used (%1); the defaults are in effect.</source>
        <translation>No se pudo usar el archivo de configuración (%1); se aplican los valores por defecto.</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConsoleHelp</name>
    <message>
        <source>Call simulator</source>
        <translation>Simulador de llamadas</translation>
    </message>
    <message>
        <source>Prompt explorer</source>
        <translation>Explorador de mensajes</translation>
    </message>
    <message>
        <source>Live dashboard</source>
        <translation>Panel en directo</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every prompt the flow can play, in each language, with the recording or the synthesised voice. Select a prompt to read its text and press &lt;b&gt;Speak this prompt&lt;/b&gt; to hear it. Prompts the last calls played are marked.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cada mensaje que el flujo puede reproducir, en cada idioma, grabado o con voz sintética. Seleccione un mensaje para leer su texto y pulse &lt;b&gt;Decir esta locución&lt;/b&gt; para oírlo. Los mensajes que reprodujeron las últimas llamadas están marcados.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The calls in progress and the results of the last minutes, refreshed every few seconds, for one site or all. &lt;b&gt;Serve as wallboard&lt;/b&gt; serves the same tiles as a web page for the floor's big screen.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Las llamadas en curso y los resultados de los últimos minutos, actualizados cada pocos segundos, para un centro o todos. &lt;b&gt;Servir como panel mural&lt;/b&gt; publica los mismos mosaicos en una página web para la pantalla grande de la sala.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Results over a chosen period: outcomes and durations, split by site, brand or another key. Pick the period, the granularity and the split at the top; the export buttons write the figures as CSV or PDF.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Resultados de un periodo elegido: resultados y duraciones, desglosados por centro, marca u otro criterio. Elija arriba el periodo, la granularidad y el desglose; los botones de exportación escriben las cifras en CSV o PDF.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The stored calls of a chosen period. Select a call to see its steps, the transfer context, the gateway exchange and the prompts it heard, and replay it step by step with the slider. Card numbers are never stored: at most the brand and the last four digits show.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Las llamadas guardadas de un periodo elegido. Seleccione una llamada para ver sus pasos, el contexto de la transferencia, el intercambio con la pasarela y los mensajes que oyó, y reprodúzcala paso a paso con el control deslizante. Los números de tarjeta nunca se guardan: como mucho se ven la marca y los cuatro últimos dígitos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Users and their roles, and the audit trail of every administrative action. Adding a user or changing a role asks for your password.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Los usuarios y sus roles, y el registro de auditoría de cada acción administrativa. Añadir un usuario o cambiar un rol pide su contraseña.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Ayuda: %1</translation>
    </message>
    <message>
        <source>Phone line</source>
        <translation>Línea telefónica</translation>
    </message>
    <message>
        <source>&lt;p&gt;Plays a payment call as the caller hears it. Choose the caller's details on the left and press &lt;b&gt;Start call&lt;/b&gt;; then answer each prompt with the keypad or by typing what the caller says in the box under the keypad.&lt;/p&gt;&lt;p&gt;The flow diagram shows where the call is; the transcript lists every prompt and answer. In an agent-assisted call the agent's panel shows what the agent hears: never the keys, which the clamp lamp confirms.&lt;/p&gt;&lt;p&gt;Calls made here are test calls: the dashboards leave them out unless &lt;b&gt;Include test calls&lt;/b&gt; is on. &lt;b&gt;File › Save call as scenario&lt;/b&gt; keeps a call to run again; &lt;b&gt;File › Run scenario suite&lt;/b&gt; runs a folder of them and shows each one's result and the flow coverage.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Reproduce una llamada de pago tal como la oye quien llama. Elija a la izquierda los datos de quien llama y pulse &lt;b&gt;Iniciar la llamada&lt;/b&gt;; después responda a cada mensaje con el teclado o escribiendo en la casilla bajo el teclado lo que dice quien llama.&lt;/p&gt;&lt;p&gt;El diagrama del flujo muestra dónde está la llamada; la transcripción lista cada mensaje y cada respuesta. En una llamada asistida, el panel del agente muestra lo que oye el agente: nunca las teclas, como confirma la luz de bloqueo.&lt;/p&gt;&lt;p&gt;Las llamadas hechas aquí son de prueba: los paneles las dejan fuera salvo que &lt;b&gt;Incluir llamadas de prueba&lt;/b&gt; esté activado. &lt;b&gt;Archivo › Guardar la llamada como escenario&lt;/b&gt; guarda una llamada para repetirla; &lt;b&gt;Archivo › Ejecutar la batería de escenarios&lt;/b&gt; ejecuta una carpeta de ellas y muestra el resultado de cada una y la cobertura del flujo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The payment flow's settings: limits, currency, accepted brands, retries and time-outs. Each key shows its allowed values, and errors show beside the fields. Only an admin saves, after reviewing the list of changes and typing the password again; every save goes to the audit trail first. &lt;b&gt;History&lt;/b&gt; keeps every saved version: compare two, or roll back to one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Los ajustes del flujo de pago: límites, moneda, marcas aceptadas, reintentos y tiempos de espera. Cada clave muestra sus valores permitidos y los errores aparecen junto a los campos. Solo un administrador guarda, tras revisar la lista de cambios y volver a escribir su contraseña; cada guardado va primero al registro de auditoría. &lt;b&gt;Historial&lt;/b&gt; conserva cada versión guardada: compare dos o revierta a una.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Answers real SIP calls on this computer with the current configuration: choose a port and press &lt;b&gt;Start&lt;/b&gt;. The list shows the calls in progress and the step each is at; every call is stored in the console's KPI store like any other.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Stop&lt;/b&gt; ends the calls in progress as hang-ups (they are stored). The guide beside the list gives the address to dial and the X-VoicePay headers a call must carry.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Atiende llamadas SIP reales en este equipo con la configuración actual: elija un puerto y pulse &lt;b&gt;Iniciar&lt;/b&gt;. La lista muestra las llamadas en curso y el paso en que está cada una; cada llamada se guarda en el almacén de indicadores de la consola como cualquier otra.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Detener&lt;/b&gt; termina las llamadas en curso como colgadas (se guardan). La guía junto a la lista indica la dirección a marcar y las cabeceras X-VoicePay que debe llevar una llamada.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConsoleLanguage</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The console starts in %1 from now on: restart it to see the change.</source>
        <translation>La consola se inicia en %1 a partir de ahora: reiníciela para ver el cambio.</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>el idioma del sistema</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConsoleReconciliation</name>
    <message>
        <source>Unconfirmed payments cannot be reconciled: %1</source>
        <translation>Los pagos sin confirmar no se pueden conciliar: %1</translation>
    </message>
    <message>
        <source>Reconciliation: %1 payments settled, %2 still unconfirmed: %3</source>
        <translation>Conciliación: %1 pagos resueltos, %2 aún sin confirmar: %3</translation>
    </message>
    <message>
        <source>Reconciliation: %1 payments settled, %2 still unconfirmed</source>
        <translation>Conciliación: %1 pagos resueltos, %2 aún sin confirmar</translation>
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
        <translation>el disco está lleno: el archivo del almacén no puede crecer</translation>
    </message>
    <message>
        <source>the store file could not be written: the disk may be full or the file may not grow</source>
        <translation>no se pudo escribir el archivo del almacén: puede que el disco esté lleno o que el archivo no pueda crecer</translation>
    </message>
    <message>
        <source>the store file is read-only for this user</source>
        <translation>el archivo del almacén es de solo lectura para este usuario</translation>
    </message>
    <message>
        <source>another program holds the store's write lock</source>
        <translation>otro programa tiene el bloqueo de escritura del almacén</translation>
    </message>
    <message>
        <source>Calls are not being saved to the KPI store: %1. They are kept and saved once the store takes them again.</source>
        <translation>Las llamadas no se están guardando en el almacén de indicadores: %1. Se conservan y se guardan en cuanto el almacén vuelva a aceptarlas.</translation>
    </message>
    <message>
        <source>Calls are not being saved to the KPI store: %1 (%2). They are kept and saved once the store takes them again.</source>
        <translation>Las llamadas no se están guardando en el almacén de indicadores: %1 (%2). Se conservan y se guardan en cuanto el almacén vuelva a aceptarlas.</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConsoleTheme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;System colours</source>
        <translation>Colores del &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::FlowDiagramWidget</name>
    <message>
        <source>Flow diagram</source>
        <translation>Diagrama del flujo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Amount choice</source>
        <translation>Elección del importe</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Número de tarjeta</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>Security code</source>
        <translation>Código de seguridad</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>Autorización</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Éxito</translation>
    </message>
    <message>
        <source>Declined (max)</source>
        <translation>Rechazado (máximo)</translation>
    </message>
    <message>
        <source>Input failed</source>
        <translation>Entrada fallida</translation>
    </message>
    <message>
        <source>Technical error</source>
        <translation>Error técnico</translation>
    </message>
    <message>
        <source>Hang-up</source>
        <translation>Colgado</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Return to the IVR</source>
        <translation>Volver al IVR</translation>
    </message>
    <message>
        <source>Transfer to an agent</source>
        <translation>Transferencia a un agente</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>Caller not identified</source>
        <translation>Llamante no identificado</translation>
    </message>
    <message>
        <source>IVR call</source>
        <translation>Llamada IVR</translation>
    </message>
    <message>
        <source>Agent conference</source>
        <translation>Conferencia con agente</translation>
    </message>
    <message>
        <source>Back to the agent</source>
        <translation>Volver al agente</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::FunnelModel</name>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Alcanzado</translation>
    </message>
    <message>
        <source>Of entered</source>
        <translation>De las entradas</translation>
    </message>
    <message>
        <source>Ended here</source>
        <translation>Terminadas aquí</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Abandono</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::GatewayChoice</name>
    <message>
        <source>no transaction key for %1 in the keychain</source>
        <translation>no hay clave de transacción para %1 en el llavero</translation>
    </message>
    <message>
        <source>Stored in the system keychain under the service "voicepay", never in the configuration file.</source>
        <translation>Guardada en el llavero del sistema con el servicio "voicepay", nunca en el archivo de configuración.</translation>
    </message>
    <message>
        <source>Enter the merchant login first: the key is stored for it.</source>
        <translation>Escriba primero el usuario de comercio: la clave se guarda para él.</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::HistoricalDashboard</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Per minute</source>
        <translation>Por minuto</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>&amp;Granularity:</source>
        <translation>&amp;Granularidad:</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>Tipo de llamada</translation>
    </message>
    <message>
        <source>Card brand</source>
        <translation>Marca de tarjeta</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>&amp;Split by:</source>
        <translation>&amp;Desglosar por:</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Correctas</translation>
    </message>
    <message>
        <source>Unsuccessful</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>Intentadas</translation>
    </message>
    <message>
        <source>Hang-ups</source>
        <translation>Colgadas</translation>
    </message>
    <message>
        <source>Sessions per minute</source>
        <translation>Sesiones por minuto</translation>
    </message>
    <message>
        <source>KPIs over time</source>
        <translation>Indicadores en el tiempo</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Desglose</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>Exportar el informe PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Almacén: %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>No se pudo leer el almacén: %1</translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>%1 a %2, %3</translation>
    </message>
    <message>
        <source>%1 declined</source>
        <translation>%1 rechazadas</translation>
    </message>
    <message>
        <source>%1 · store %2</source>
        <translation>%1 · almacén %2</translation>
    </message>
    <message>
        <source>(no card)</source>
        <translation>(sin tarjeta)</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Por %1</translation>
    </message>
    <message>
        <source>VoicePay KPI report</source>
        <translation>Informe de indicadores de VoicePay</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;itio:</translation>
    </message>
    <message>
        <source>%1, site %2</source>
        <translation>%1, sitio %2</translation>
    </message>
    <message>
        <source>Include &amp;test calls</source>
        <translation>Incluir llamadas de &amp;prueba</translation>
    </message>
    <message>
        <source>Count the simulator's calls too (they are kept out of the KPIs)</source>
        <translation>Contar también las llamadas del simulador (si no, quedan fuera de los KPI)</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Drop-off by step</source>
        <translation>Abandonos por paso</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>CSV saved to %1</source>
        <translation>CSV guardado en %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periodo: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Sede: %1</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>todas las sedes</translation>
    </message>
    <message>
        <source>Test calls: included</source>
        <translation>Llamadas de prueba: incluidas</translation>
    </message>
    <message>
        <source>Test calls: left out</source>
        <translation>Llamadas de prueba: excluidas</translation>
    </message>
    <message>
        <source>Split by: %1</source>
        <translation>Desglose por: %1</translation>
    </message>
    <message>
        <source>PDF saved to %1</source>
        <translation>PDF guardado en %1</translation>
    </message>
    <message>
        <source>Click a step to list the sessions that reached it</source>
        <translation>Haga clic en un paso para listar las sesiones que lo alcanzaron</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::KeypadWidget</name>
    <message>
        <source>Key %1 (keyboard: %1)</source>
        <translation>Tecla %1 (teclado: %1)</translation>
    </message>
    <message>
        <source>Keypad %1</source>
        <translation>Teclado %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::KpiSummary</name>
    <message>
        <source>no calls in the previous period</source>
        <translation>ninguna llamada en el periodo anterior</translation>
    </message>
    <message>
        <source>previous period: %1</source>
        <translation>periodo anterior: %1</translation>
    </message>
    <message>
        <source>%1%2 points on the previous period (%3)</source>
        <translation>%1%2 puntos frente al periodo anterior (%3)</translation>
    </message>
    <message>
        <source>%1 % on the previous period (%2)</source>
        <translation>%1 % frente al periodo anterior (%2)</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::KpiTableModel</name>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Correctas</translation>
    </message>
    <message>
        <source>Unsuccessful</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>Intentadas</translation>
    </message>
    <message>
        <source>Hang-ups</source>
        <translation>Colgadas</translation>
    </message>
    <message>
        <source>Declines</source>
        <translation>Rechazos</translation>
    </message>
    <message>
        <source>Avg. duration (s)</source>
        <translation>Duración media (s)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::KpiTile</name>
    <message>
        <source>Click to list these sessions</source>
        <translation>Haga clic para listar estas sesiones</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::LiveDashboard</name>
    <message>
        <source>Live: today (UTC) and the last hour</source>
        <translation>En directo: hoy (UTC) y la última hora</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Correctas</translation>
    </message>
    <message>
        <source>Unsuccessful</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>Intentadas</translation>
    </message>
    <message>
        <source>Hang-ups</source>
        <translation>Colgadas</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Avg. duration: %1</source>
        <translation>Duración media: %1</translation>
    </message>
    <message>
        <source>Sessions per minute</source>
        <translation>Sesiones por minuto</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Hora (local)</translation>
    </message>
    <message>
        <source>%1 % of entered</source>
        <translation>%1 % de las entradas</translation>
    </message>
    <message>
        <source>sessions ended today</source>
        <translation>sesiones terminadas hoy</translation>
    </message>
    <message>
        <source>%1 declined</source>
        <translation>%1 rechazadas</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado %1</translation>
    </message>
    <message>
        <source>calls now, this console and the store</source>
        <translation>llamadas ahora, esta consola y el almacén</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>No se pudo leer el almacén: %1</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;itio:</translation>
    </message>
    <message>
        <source>Serve as &amp;wallboard</source>
        <translation>Servir como &amp;panel mural</translation>
    </message>
    <message>
        <source>Show these KPIs as a web page for the floor's screen (loopback only)</source>
        <translation>Mostrar estos indicadores como página web para la pantalla de la sala (solo bucle local)</translation>
    </message>
    <message>
        <source>The wallboard could not start: %1</source>
        <translation>El panel mural no pudo iniciarse: %1</translation>
    </message>
    <message>
        <source>Wallboard: &lt;a href="%1"&gt;%1&lt;/a&gt;</source>
        <translation>Panel mural: &lt;a href="%1"&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Include &amp;test calls</source>
        <translation>Incluir llamadas de &amp;prueba</translation>
    </message>
    <message>
        <source>Count the simulator's calls too (they are kept out of the KPIs)</source>
        <translation>Contar también las llamadas del simulador (si no, quedan fuera de los KPI)</translation>
    </message>
    <message>
        <source>Unconfirmed payments</source>
        <translation>Pagos sin confirmar</translation>
    </message>
    <message>
        <source>Payments whose charge is not confirmed either way (the gateway did not answer, or the call ended while it was asked): do not charge them again until reconciliation settles them</source>
        <translation>Pagos cuyo cargo no está confirmado en ningún sentido (la pasarela no respondió, o la llamada terminó mientras se consultaba): no volver a cobrarlos hasta que la conciliación los resuelva</translation>
    </message>
    <message>
        <source>submitted or unknown, any day</source>
        <translation>enviados o desconocidos, cualquier día</translation>
    </message>
    <message>
        <source>Wallboard &amp;mode</source>
        <translation>&amp;Modo panel mural</translation>
    </message>
    <message>
        <source>These KPIs full screen, with large tiles and their thresholds; Esc leaves</source>
        <translation>Estos indicadores a pantalla completa, con mosaicos grandes y sus umbrales; Esc para salir</translation>
    </message>
    <message>
        <source>Click a point to list the sessions of that minute its line counts</source>
        <translation>Haga clic en un punto para listar las sesiones de ese minuto que cuenta su línea</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::LoginDialog</name>
    <message>
        <source>VoicePay: create the first admin account</source>
        <translation>VoicePay: crear la primera cuenta de administrador</translation>
    </message>
    <message>
        <source>VoicePay: sign in</source>
        <translation>VoicePay: iniciar sesión</translation>
    </message>
    <message>
        <source>This store has no user accounts yet. Create the first one: it is an admin, who can then add analysts, supervisors and other admins.</source>
        <translation>Este almacén todavía no tiene cuentas de usuario. Cree la primera: es de administrador, y podrá añadir analistas, supervisores y otros administradores.</translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation>Iniciar sesión en %1.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Crear e iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Contraseña: %1</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Password accepted.</source>
        <translation>Contraseña aceptada.</translation>
    </message>
    <message>
        <source>The name or the password is wrong.</source>
        <translation>El nombre o la contraseña son incorrectos.</translation>
    </message>
    <message>
        <source>An admin reset your password: choose a new one, then sign in with it.</source>
        <translation>Un administrador ha restablecido su contraseña: elija una nueva e inicie sesión con ella.</translation>
    </message>
    <message>
        <source>Password changed: sign in with the new one.</source>
        <translation>Contraseña cambiada: inicie sesión con la nueva.</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::MainWindow</name>
    <message>
        <source>VoicePay Console</source>
        <translation>Consola de VoicePay</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulador</translation>
    </message>
    <message>
        <source>Prompt explorer</source>
        <translation>Explorador de locuciones</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Gateway: %1</source>
        <translation>Pasarela: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>&amp;Abrir escenario…</translation>
    </message>
    <message>
        <source>&amp;Save call as scenario…</source>
        <translation>&amp;Guardar la llamada como escenario…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About VoicePay</source>
        <translation>&amp;Acerca de VoicePay</translation>
    </message>
    <message>
        <source>About VoicePay</source>
        <translation>Acerca de VoicePay</translation>
    </message>
    <message>
        <source>&lt;h3&gt;VoicePay Console %1&lt;/h3&gt;&lt;p&gt;Call simulator, supervisor dashboards and configuration editor for phone card payments.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Consola de VoicePay %1&lt;/h3&gt;&lt;p&gt;Simulador de llamadas, paneles de supervisión y editor de configuración para pagos con tarjeta por teléfono.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The store URL is refused (%1); using %2.</source>
        <translation>Se rechaza la URL del almacén (%1); se usa %2.</translation>
    </message>
    <message>
        <source>Live dashboard</source>
        <translation>Panel en directo</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Store: %1 (opening)</source>
        <translation>Almacén: %1 (abriendo)</translation>
    </message>
    <message>
        <source>The KPI store could not be opened: %1</source>
        <translation>No se pudo abrir el almacén de indicadores: %1</translation>
    </message>
    <message>
        <source>Store: %1 (not available)</source>
        <translation>Almacén: %1 (no disponible)</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Almacén: %1</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>analista</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>Confirm with your password</source>
        <translation>Confirme con su contraseña</translation>
    </message>
    <message>
        <source>%1

Password of %2:</source>
        <translation>%1

Contraseña de %2:</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Sesión iniciada: %1 (%2)</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Cambiar de usuario</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Cuentas de usuario</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Save the configuration.</source>
        <translation>Guardar la configuración.</translation>
    </message>
    <message>
        <source>Remove the gateway key from the keychain.</source>
        <translation>Quitar la clave de la pasarela del llavero.</translation>
    </message>
    <message>
        <source>Store the gateway key in the keychain.</source>
        <translation>Guardar la clave de la pasarela en el llavero.</translation>
    </message>
    <message>
        <source>Only an admin may do this.</source>
        <translation>Solo un administrador puede hacer esto.</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was changed.</source>
        <translation>No confirmado: no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The audit record could not be written: %1</source>
        <translation>No se pudo escribir el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Ca&amp;mbiar de usuario…</translation>
    </message>
    <message>
        <source>Store: %1 (not saving)</source>
        <translation>Almacén: %1 (no guarda)</translation>
    </message>
    <message>
        <source>The KPI store saves calls again.</source>
        <translation>El almacén de indicadores vuelve a guardar las llamadas.</translation>
    </message>
    <message>
        <source>The call ended (%1) but is not recorded: the KPI store is not available.</source>
        <translation>La llamada terminó (%1) pero no se ha registrado: el almacén de indicadores no está disponible.</translation>
    </message>
    <message>
        <source>%1 gateway not available: %2</source>
        <translation>pasarela %1 no disponible: %2</translation>
    </message>
    <message>
        <source>Gateway: not available</source>
        <translation>Pasarela: no disponible</translation>
    </message>
    <message>
        <source>%1; calls end as a technical error before any card data is asked for</source>
        <translation>%1; las llamadas terminan como error técnico antes de pedir datos de tarjeta</translation>
    </message>
    <message>
        <source>The configuration has changes that are not saved.</source>
        <translation>La configuración tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>A simulated call is in progress; it would end.</source>
        <translation>Hay una llamada simulada en curso; terminaría.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Switch user anyway?</source>
        <translation>¿Cambiar de usuario de todos modos?</translation>
    </message>
    <message>
        <source>Quit anyway?</source>
        <translation>¿Salir de todos modos?</translation>
    </message>
    <message>
        <source>&amp;Help for this area</source>
        <translation>&amp;Ayuda de esta área</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Save the wallboard thresholds.</source>
        <translation>Guardar los umbrales del panel mural.</translation>
    </message>
    <message>
        <source>Roll the configuration back to version %1.</source>
        <translation>Revertir la configuración a la versión %1.</translation>
    </message>
    <message>
        <source>Scenario suite</source>
        <translation>Batería de escenarios</translation>
    </message>
    <message>
        <source>Scenario suite: %1 passed, %2 failed, %3 could not run.</source>
        <translation>Batería de escenarios: %1 correctos, %2 fallidos, %3 no se pudieron ejecutar.</translation>
    </message>
    <message>
        <source>Run scenario s&amp;uite…</source>
        <translation>Ejecutar la &amp;batería de escenarios…</translation>
    </message>
    <message>
        <source>Phone line</source>
        <translation>Línea telefónica</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::PhoneCallsModel</name>
    <message>
        <source>Agent conference</source>
        <translation>Conferencia con agente</translation>
    </message>
    <message>
        <source>IVR</source>
        <translation>IVR</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>Contestando</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>Tipo de llamada</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Paso actual</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::PhoneGuide</name>
    <message>
        <source>mandatory: the caller's account, such as 10001</source>
        <translation>obligatorio: la cuenta del llamante, como 10001</translation>
    </message>
    <message>
        <source>mandatory: the amount due, a decimal such as 125.50</source>
        <translation>obligatorio: el importe adeudado, un decimal como 125.50</translation>
    </message>
    <message>
        <source>the merchant id</source>
        <translation>el identificador de comercio</translation>
    </message>
    <message>
        <source>the payment reference, such as INV-1001</source>
        <translation>la referencia de pago, como INV-1001</translation>
    </message>
    <message>
        <source>ivr or conference</source>
        <translation>ivr o conference</translation>
    </message>
    <message>
        <source>true or false: whether the caller is already identified</source>
        <translation>true o false: si el llamante ya está identificado</translation>
    </message>
    <message>
        <source>the prompts' language, such as de-DE</source>
        <translation>el idioma de las locuciones, como de-DE</translation>
    </message>
    <message>
        <source>Calling the phone line</source>
        <translation>Llamar a la línea telefónica</translation>
    </message>
    <message>
        <source>Dial %1 from a softphone on this computer.</source>
        <translation>Marque %1 desde un softphone en este equipo.</translation>
    </message>
    <message>
        <source>The INVITE must carry the call's context in these SIP headers; a call without %1 or %2 is refused with 400 naming what is missing:</source>
        <translation>El INVITE debe llevar el contexto de la llamada en estas cabeceras SIP; una llamada sin %1 o %2 se rechaza con 400 indicando lo que falta:</translation>
    </message>
    <message>
        <source>Debian's baresip 1.0 cannot add headers of its own: let a PBX in front add them, then dial through it</source>
        <translation>baresip 1.0 de Debian no puede añadir cabeceras propias: deje que una PBX delante las añada y marque a través de ella</translation>
    </message>
    <message>
        <source>Debian's sip-tester sends the headers itself; a whole payment keyed as RFC 4733 events:</source>
        <translation>sip-tester de Debian envía las cabeceras por sí mismo; un pago completo marcado como eventos RFC 4733:</translation>
    </message>
    <message>
        <source>Keys are heard as RFC 4733 events, in-band tones or SIP INFO. When the call ends, the endpoint's BYE carries the result in X-VoicePay-Result, and the session is stored like any other.</source>
        <translation>Las teclas se reciben como eventos RFC 4733, tonos en banda o SIP INFO. Al terminar la llamada, el BYE del extremo lleva el resultado en X-VoicePay-Result y la sesión se guarda como cualquier otra.</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::PhoneLine</name>
    <message>
        <source>The phone line program could not be started (%1).</source>
        <translation>No se pudo iniciar el programa de la línea telefónica (%1).</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Not running (failed)</source>
        <translation>Detenida (con error)</translation>
    </message>
    <message>
        <source>The phone line is already running.</source>
        <translation>La línea telefónica ya está en marcha.</translation>
    </message>
    <message>
        <source>The phone line program (voicepay-ivr) is not installed next to the console.</source>
        <translation>El programa de la línea telefónica (voicepay-ivr) no está instalado junto a la consola.</translation>
    </message>
    <message>
        <source>%1 is not a loopback address: the phone line only answers this computer.</source>
        <translation>%1 no es una dirección de bucle local: la línea telefónica solo atiende a este equipo.</translation>
    </message>
    <message>
        <source>Choose a port for the phone line.</source>
        <translation>Elija un puerto para la línea telefónica.</translation>
    </message>
    <message>
        <source>The configuration could not be handed to the phone line: %1</source>
        <translation>No se pudo pasar la configuración a la línea telefónica: %1</translation>
    </message>
    <message>
        <source>Starting the phone line on port %1…</source>
        <translation>Iniciando la línea telefónica en el puerto %1…</translation>
    </message>
    <message>
        <source>Stopping: calls in progress end as hang-ups and are stored…</source>
        <translation>Deteniendo: las llamadas en curso terminan como colgadas y se guardan…</translation>
    </message>
    <message>
        <source>Answering calls on %1, port %2 (%3).</source>
        <translation>Atendiendo llamadas en %1, puerto %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>The phone line is stopped; it answered %n call(s).</source>
        <translation><numerusform>La línea telefónica está detenida; atendió %n llamada.</numerusform><numerusform>La línea telefónica está detenida; atendió %n llamadas.</numerusform></translation>
    </message>
    <message>
        <source>The phone line is stopped.</source>
        <translation>La línea telefónica está detenida.</translation>
    </message>
    <message>
        <source>The phone line program ended unexpectedly (exit code %1).</source>
        <translation>El programa de la línea telefónica terminó de forma inesperada (código de salida %1).</translation>
    </message>
    <message>
        <source>Port %1 is already in use by another program: choose another port.</source>
        <translation>El puerto %1 ya lo usa otro programa: elija otro puerto.</translation>
    </message>
    <message>
        <source>Port %1 may not be used by the console: choose a port from 1024 up.</source>
        <translation>La consola no puede usar el puerto %1: elija un puerto a partir de 1024.</translation>
    </message>
    <message>
        <source>This computer has no such address to answer calls on.</source>
        <translation>Este equipo no tiene esa dirección para atender llamadas.</translation>
    </message>
    <message>
        <source>The phone line cannot open the KPI store: %1</source>
        <translation>La línea telefónica no puede abrir el almacén de indicadores: %1</translation>
    </message>
    <message>
        <source>The phone line stopped: %1</source>
        <translation>La línea telefónica se detuvo: %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::PhonePanel</name>
    <message>
        <source>Phone line</source>
        <translation>Línea telefónica</translation>
    </message>
    <message>
        <source>Answers SIP calls on this computer with the payment flow of the current configuration; every call is stored in this console's KPI store.</source>
        <translation>Atiende llamadas SIP en este equipo con el flujo de pago de la configuración actual; cada llamada se guarda en el almacén de indicadores de esta consola.</translation>
    </message>
    <message>
        <source>Calls in progress: the KPI store cannot be read (%1)</source>
        <translation>Llamadas en curso: no se puede leer el almacén de indicadores (%1)</translation>
    </message>
    <message>
        <source>127.0.0.1 (this computer)</source>
        <translation>127.0.0.1 (este equipo)</translation>
    </message>
    <message>
        <source>::1 (this computer, IPv6)</source>
        <translation>::1 (este equipo, IPv6)</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>UDP and TCP</source>
        <translation>UDP y TCP</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message numerus="yes">
        <source>The phone line has %n call(s) in progress; they would end as hang-ups.</source>
        <translation><numerusform>La línea telefónica tiene %n llamada en curso; terminaría como colgada.</numerusform><numerusform>La línea telefónica tiene %n llamadas en curso; terminarían como colgadas.</numerusform></translation>
    </message>
    <message>
        <source>The phone line is answering calls; it would stop.</source>
        <translation>La línea telefónica está atendiendo llamadas; se detendría.</translation>
    </message>
    <message>
        <source>Not answering calls. Choose a port and start the line.</source>
        <translation>No atiende llamadas. Elija un puerto e inicie la línea.</translation>
    </message>
    <message>
        <source>No call in progress on the phone line.</source>
        <translation>No hay llamadas en curso en la línea telefónica.</translation>
    </message>
    <message numerus="yes">
        <source>Calls in progress on the phone line: %n</source>
        <translation><numerusform>Llamadas en curso en la línea telefónica: %n</numerusform><numerusform>Llamadas en curso en la línea telefónica: %n</numerusform></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::PromptCatalogModel</name>
    <message>
        <source>(call)</source>
        <translation>(llamada)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>played</source>
        <translation>reproducida</translation>
    </message>
    <message>
        <source>never played</source>
        <translation>nunca reproducida</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>Batería</translation>
    </message>
    <message>
        <source>Example text</source>
        <translation>Texto de ejemplo</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::PromptExplorer</name>
    <message>
        <source>Prompt explorer</source>
        <translation>Explorador de locuciones</translation>
    </message>
    <message>
        <source>Filter by id, step, situation, brand or text</source>
        <translation>Filtrar por identificador, paso, situación, marca o texto</translation>
    </message>
    <message>
        <source>Only &amp;never played</source>
        <translation>Solo las &amp;nunca reproducidas</translation>
    </message>
    <message>
        <source>Scenario suite not run yet.</source>
        <translation>La batería de escenarios aún no se ha ejecutado.</translation>
    </message>
    <message>
        <source>&amp;Run scenario suite</source>
        <translation>&amp;Ejecutar la batería de escenarios</translation>
    </message>
    <message>
        <source>&amp;Speak this prompt</source>
        <translation>&amp;Decir esta locución</translation>
    </message>
    <message>
        <source>Preview with %1</source>
        <translation>Vista previa con %1</translation>
    </message>
    <message>
        <source>No speech engine is installed</source>
        <translation>No hay ningún motor de voz instalado</translation>
    </message>
    <message>
        <source>No scenario folder at %1: coverage unknown.</source>
        <translation>No hay carpeta de escenarios en %1: cobertura desconocida.</translation>
    </message>
    <message>
        <source>Running the scenario suite in %1…</source>
        <translation>Ejecutando la batería de escenarios en %1…</translation>
    </message>
    <message>
        <source>%1 scenarios played %2 of %3 prompt variants; %4 never played.</source>
        <translation>%1 escenarios reprodujeron %2 de %3 variantes de locución; %4 nunca reproducidas.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not run: %1</source>
        <translation>
            <numerusform>%n archivo no se pudo ejecutar: %1</numerusform>
            <numerusform>%n archivos no se pudieron ejecutar: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Paso:</translation>
    </message>
    <message>
        <source>(call)</source>
        <translation>(llamada)</translation>
    </message>
    <message>
        <source>Situation:</source>
        <translation>Situación:</translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation>Marca:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>Segments (example values):</source>
        <translation>Segmentos (valores de ejemplo):</translation>
    </message>
    <message>
        <source>%1 digits ending %2</source>
        <translation>%1 dígitos terminados en %2</translation>
    </message>
    <message>
        <source>The scenario suite plays this variant.</source>
        <translation>La batería de escenarios reproduce esta variante.</translation>
    </message>
    <message>
        <source>No scenario of the suite plays this variant.</source>
        <translation>Ningún escenario de la batería reproduce esta variante.</translation>
    </message>
    <message>
        <source>&amp;Play the recording</source>
        <translation>&amp;Reproducir la grabación</translation>
    </message>
    <message>
        <source>Plays the prompt as the caller hears it, from %1</source>
        <translation>Reproduce la locución tal como la oye el llamante, desde %1</translation>
    </message>
    <message>
        <source>No prompt set at %1 (voicepay-sim promptset makes one)</source>
        <translation>No hay juego de locuciones en %1 (voicepay-sim promptset crea uno)</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::PushToTalk</name>
    <message>
        <source>No microphone on this machine: type what the caller says in the Say box.</source>
        <translation>No hay micrófono en esta máquina: escriba en la casilla "Decir" lo que dice el llamante.</translation>
    </message>
    <message>
        <source>This console was built without Qt Multimedia: type what the caller says in the Say box.</source>
        <translation>Esta consola se compiló sin Qt Multimedia: escriba en la casilla "Decir" lo que dice el llamante.</translation>
    </message>
    <message>
        <source>No speech recogniser: %1</source>
        <translation>Sin reconocimiento de voz: %1</translation>
    </message>
    <message>
        <source>Hold to &amp;talk</source>
        <translation>Mantener para &amp;hablar</translation>
    </message>
    <message>
        <source>Hold down and speak into the microphone; release when done</source>
        <translation>Mantenga pulsado y hable al micrófono; suelte al terminar</translation>
    </message>
    <message>
        <source>the call is not waiting for a spoken answer</source>
        <translation>la llamada no espera una respuesta hablada</translation>
    </message>
    <message>
        <source>the microphone does not record 16 kHz mono</source>
        <translation>el micrófono no graba a 16 kHz mono</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ReportExporter</name>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ScenarioRecorder</name>
    <message>
        <source>Recorded in the VoicePay console.</source>
        <translation>Grabado en la consola de VoicePay.</translation>
    </message>
    <message>
        <source>NOT REPLAYABLE: card data that is not a published test value was keyed; inputs %1 are masked (written as time-outs).</source>
        <translation>NO REPRODUCIBLE: se marcaron datos de tarjeta que no son valores de prueba publicados; las entradas %1 están enmascaradas (escritas como tiempos de espera).</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ScenarioSuitePage</name>
    <message>
        <source>Scenario suite</source>
        <translation>Batería de escenarios</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Choose the folder of scenario files (*.json)</source>
        <translation>Elija la carpeta de archivos de escenario (*.json)</translation>
    </message>
    <message>
        <source>C&amp;hoose folder…</source>
        <translation>&amp;Elegir carpeta…</translation>
    </message>
    <message>
        <source>&amp;Run scenario suite</source>
        <translation>&amp;Ejecutar la batería de escenarios</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Aún no se ha ejecutado.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>First difference</source>
        <translation>Primera diferencia</translation>
    </message>
    <message>
        <source>Scenario folder</source>
        <translation>Carpeta de escenarios</translation>
    </message>
    <message>
        <source>Choose a scenario folder first.</source>
        <translation>Elija primero una carpeta de escenarios.</translation>
    </message>
    <message>
        <source>No scenario files (*.json) in %1.</source>
        <translation>No hay archivos de escenario (*.json) en %1.</translation>
    </message>
    <message>
        <source>Running the scenario suite in %1…</source>
        <translation>Ejecutando la batería de escenarios en %1…</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fallo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 could not run.</source>
        <translation>%1 correctos, %2 fallidos, %3 no se pudieron ejecutar.</translation>
    </message>
    <message>
        <source>Flow coverage: %1 of %2 steps and outcomes, %3 of %4 transitions, %5 of %6 prompt variants.</source>
        <translation>Cobertura del flujo: %1 de %2 pasos y resultados, %3 de %4 transiciones, %5 de %6 variantes de locución.</translation>
    </message>
    <message>
        <source>Never visited: %1</source>
        <translation>Nunca visitados: %1</translation>
    </message>
    <message>
        <source>Never taken: %1</source>
        <translation>Nunca recorridas: %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::SessionBrowser</name>
    <message>
        <source>Call started</source>
        <translation>Llamada iniciada</translation>
    </message>
    <message>
        <source>Step entered</source>
        <translation>Paso iniciado</translation>
    </message>
    <message>
        <source>Input refused</source>
        <translation>Entrada rechazada</translation>
    </message>
    <message>
        <source>Input accepted</source>
        <translation>Entrada aceptada</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Sent to the gateway</source>
        <translation>Enviado a la pasarela</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Gateway error</source>
        <translation>Error de la pasarela</translation>
    </message>
    <message>
        <source>Caller hung up</source>
        <translation>El llamante colgó</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Llamada finalizada</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Duración (s)</translation>
    </message>
    <message>
        <source>Replay position</source>
        <translation>Posición de reproducción</translation>
    </message>
    <message>
        <source>Replay:</source>
        <translation>Reproducción:</translation>
    </message>
    <message>
        <source>Reading sessions…</source>
        <translation>Leyendo sesiones…</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>No se pudo leer el almacén: %1</translation>
    </message>
    <message>
        <source>Session %1 · %2 · site %3 · configuration %4</source>
        <translation>Sesión %1 · %2 · sitio %3 · configuración %4</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>%1 submission(s), %2 decline(s) %3</source>
        <translation>%1 envío(s), %2 rechazo(s) %3</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>Terminó a las</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Prompts at the replay position</source>
        <translation>Locuciones en la posición de reproducción</translation>
    </message>
    <message>
        <source>Transfer context</source>
        <translation>Contexto de transferencia</translation>
    </message>
    <message>
        <source>Step reached</source>
        <translation>Paso alcanzado</translation>
    </message>
    <message>
        <source>Decline codes</source>
        <translation>Códigos de rechazo</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Referencia de pago</translation>
    </message>
    <message>
        <source>→ authorise %1 %2, card %3, invoice %4</source>
        <translation>→ autorizar %1 %2, tarjeta %3, factura %4</translation>
    </message>
    <message>
        <source>(masked)</source>
        <translation>(enmascarado)</translation>
    </message>
    <message>
        <source>← approved, transaction %1</source>
        <translation>← aprobado, transacción %1</translation>
    </message>
    <message>
        <source>← declined: %1</source>
        <translation>← rechazado: %1</translation>
    </message>
    <message>
        <source>← error: %1</source>
        <translation>← error: %1</translation>
    </message>
    <message>
        <source>Gateway exchange</source>
        <translation>Intercambio con la pasarela</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Locuciones</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: «%2»</translation>
    </message>
    <message>
        <source>Sort by start, outcome or duration: click the column</source>
        <translation>Ordenar por inicio, resultado o duración: haga clic en la columna</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous</source>
        <translation>&lt; &amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation><numerusform>%n sesión</numerusform><numerusform>%n sesiones</numerusform></translation>
    </message>
    <message>
        <source>more than %1 sessions</source>
        <translation>más de %1 sesiones</translation>
    </message>
    <message>
        <source>%1 · showing %2–%3 · page %4</source>
        <translation>%1 · mostrando %2–%3 · página %4</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::SessionSearchBar</name>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Card brand</source>
        <translation>Marca de tarjeta</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Referencia de pago</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>Id. de sesión</translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation>Id. de transacción</translation>
    </message>
    <message>
        <source>Last four</source>
        <translation>Últimos cuatro</translation>
    </message>
    <message>
        <source>Exact value, then Enter</source>
        <translation>Valor exacto y luego Intro</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Clear the step filter</source>
        <translation>Quitar el filtro de paso</translation>
    </message>
    <message>
        <source>&amp;Unconfirmed payments only</source>
        <translation>Solo pagos sin &amp;confirmar</translation>
    </message>
    <message>
        <source>The sessions whose charge is not confirmed either way until reconciliation settles it (payment journal: submitted or unknown)</source>
        <translation>Las sesiones cuyo cargo no está confirmado en ningún sentido hasta que la conciliación lo resuelva (diario de pagos: enviado o desconocido)</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Últimos 365 días</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el periodo</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>Unsuccessful (declined or failed)</source>
        <translation>Sin éxito (rechazadas o fallidas)</translation>
    </message>
    <message>
        <source>All exits</source>
        <translation>Todas las salidas</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>Todas las marcas</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Reached: %1</source>
        <translation>Alcanzado: %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::SimulatorPage</name>
    <message>
        <source>DTMF clamp on: the agent no longer hears the caller's keys</source>
        <translation>Bloqueo DTMF activo: el agente ya no oye las teclas del llamante</translation>
    </message>
    <message>
        <source>DTMF clamp off</source>
        <translation>Bloqueo DTMF inactivo</translation>
    </message>
    <message>
        <source>payment submitted</source>
        <translation>pago enviado</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Nueva llamada</translation>
    </message>
    <message>
        <source>&amp;Start call</source>
        <translation>&amp;Iniciar la llamada</translation>
    </message>
    <message>
        <source>The call cannot start</source>
        <translation>La llamada no puede iniciarse</translation>
    </message>
    <message>
        <source>Caller's phone</source>
        <translation>Teléfono del llamante</translation>
    </message>
    <message>
        <source>Say something, e.g. "yes" or "twenty dollars"</source>
        <translation>Diga algo, por ejemplo "sí" o "veinte dólares"</translation>
    </message>
    <message>
        <source>Sa&amp;y</source>
        <translation>&amp;Decir</translation>
    </message>
    <message>
        <source>&amp;No input</source>
        <translation>Sin &amp;respuesta</translation>
    </message>
    <message>
        <source>Let the question time out now</source>
        <translation>Dejar que la pregunta agote el tiempo ahora</translation>
    </message>
    <message>
        <source>&amp;Hang up</source>
        <translation>&amp;Colgar</translation>
    </message>
    <message>
        <source>time-out in %vs</source>
        <translation>tiempo de espera en %vs</translation>
    </message>
    <message>
        <source>Test-card kit</source>
        <translation>Kit de tarjetas de prueba</translation>
    </message>
    <message>
        <source>&amp;Key it in for this question</source>
        <translation>&amp;Marcarlo para esta pregunta</translation>
    </message>
    <message>
        <source>Keys the card number, expiry, security code or demo PIN the current question asks for</source>
        <translation>Marca el número de tarjeta, la caducidad, el código de seguridad o el PIN de demostración que pide la pregunta actual</translation>
    </message>
    <message>
        <source>Next &amp;input</source>
        <translation>&amp;Siguiente entrada</translation>
    </message>
    <message>
        <source>Replay &amp;all</source>
        <translation>Reproducir &amp;todo</translation>
    </message>
    <message>
        <source>Replays the opened scenario one caller input at a time</source>
        <translation>Reproduce el escenario abierto entrada a entrada del llamante</translation>
    </message>
    <message>
        <source>Speak &amp;prompts</source>
        <translation>Decir las &amp;locuciones</translation>
    </message>
    <message>
        <source>Speaks each prompt with %1</source>
        <translation>Dice cada locución con %1</translation>
    </message>
    <message>
        <source>No speech engine is installed: prompts are shown only</source>
        <translation>No hay ningún motor de voz instalado: las locuciones solo se muestran</translation>
    </message>
    <message>
        <source>Double-click a prompt to hear it</source>
        <translation>Haga doble clic en una locución para oírla</translation>
    </message>
    <message>
        <source>Agent's screen (conference)</source>
        <translation>Pantalla del agente (conferencia)</translation>
    </message>
    <message>
        <source>The agent sees how many digits were keyed, the brand and the Luhn check; never the digits.</source>
        <translation>El agente ve cuántos dígitos se marcaron, la marca y la comprobación de Luhn; nunca los dígitos.</translation>
    </message>
    <message>
        <source>The scenario's configuration is refused: %1</source>
        <translation>Se rechaza la configuración del escenario: %1</translation>
    </message>
    <message>
        <source>%1 started (session %2)</source>
        <translation>%1 iniciada (sesión %2)</translation>
    </message>
    <message>
        <source>Conference call</source>
        <translation>Llamada en conferencia</translation>
    </message>
    <message>
        <source>IVR call</source>
        <translation>Llamada IVR</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — exit: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — salida: %2</translation>
    </message>
    <message>
        <source>amount %1 %2</source>
        <translation>importe %1 %2</translation>
    </message>
    <message>
        <source>transaction %1</source>
        <translation>transacción %1</translation>
    </message>
    <message>
        <source>attempts %1, declines %2</source>
        <translation>intentos %1, rechazos %2</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>motivo: %1</translation>
    </message>
    <message>
        <source>transfer context: step %1, %2</source>
        <translation>contexto de transferencia: paso %1, %2</translation>
    </message>
    <message>
        <source>call ended: %1</source>
        <translation>llamada terminada: %1</translation>
    </message>
    <message>
        <source>Replay: input %1 of %2</source>
        <translation>Reproducción: entrada %1 de %2</translation>
    </message>
    <message>
        <source>No call yet: set up a call and press Start</source>
        <translation>Aún no hay llamada: prepare una llamada y pulse Iniciar</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Llamada terminada</translation>
    </message>
    <message>
        <source>Authorizing the payment…</source>
        <translation>Autorizando el pago…</translation>
    </message>
    <message>
        <source>Asking: %1 (attempt %2)</source>
        <translation>Pregunta: %1 (intento %2)</translation>
    </message>
    <message>
        <source>waiting (no time-out while replaying)</source>
        <translation>esperando (sin tiempo de espera durante la reproducción)</translation>
    </message>
    <message>
        <source>no question</source>
        <translation>sin pregunta</translation>
    </message>
    <message>
        <source>The kit has nothing to key for this question.</source>
        <translation>El kit no tiene nada que marcar para esta pregunta.</translation>
    </message>
    <message>
        <source>Only a finished call can be saved.</source>
        <translation>Solo se puede guardar una llamada terminada.</translation>
    </message>
    <message>
        <source>Save call as scenario</source>
        <translation>Guardar la llamada como escenario</translation>
    </message>
    <message>
        <source>Finish a call first: only a finished call can be saved.</source>
        <translation>Termine primero una llamada: solo se puede guardar una llamada terminada.</translation>
    </message>
    <message>
        <source>Card data was keyed that is not one of the kit's published test cards. It is never written to a file: those inputs will be saved as time-outs and the scenario marked as not replayable.

Use the test-card kit to record a scenario that replays.</source>
        <translation>Se marcaron datos de tarjeta que no son de las tarjetas de prueba publicadas del kit. Nunca se escriben en un archivo: esas entradas se guardarán como tiempos de espera y el escenario se marcará como no reproducible.

Use el kit de tarjetas de prueba para grabar un escenario que se pueda reproducir.</translation>
    </message>
    <message>
        <source>The scenario will contain the keys pressed, including the published test card values of the kit, so that `voicepay-sim run` can replay it.</source>
        <translation>El escenario contendrá las teclas pulsadas, incluidos los valores de las tarjetas de prueba publicadas del kit, para que `voicepay-sim run` pueda reproducirlo.</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>Archivos de escenario (*.json)</translation>
    </message>
    <message>
        <source>Scenario saved to %1</source>
        <translation>Escenario guardado en %1</translation>
    </message>
    <message>
        <source>Scenario %1 opened: %2 inputs to replay</source>
        <translation>Escenario %1 abierto: %2 entradas para reproducir</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Abrir escenario</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>tarjeta %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::SiteFilterBox</name>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Show one site of the store, or all of them</source>
        <translation>Mostrar un sitio del almacén, o todos</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todos los sitios</translation>
    </message>
    <message>
        <source>(no site)</source>
        <translation>(sin sitio)</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::TestCardKit</name>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>cards[%1]: needs an id, a number of 12 to 19 digits, an MMYY expiry and a 3 or 4 digit code</source>
        <translation>cards[%1]: necesita un identificador, un número de 12 a 19 dígitos, una caducidad MMAA y un código de 3 o 4 dígitos</translation>
    </message>
    <message>
        <source>demoPins.%1: must be 4 to 8 digits</source>
        <translation>demoPins.%1: debe tener de 4 a 8 dígitos</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ThresholdsForm</name>
    <message>
        <source>Wallboard thresholds</source>
        <translation>Umbrales del panel mural</translation>
    </message>
    <message>
        <source> / min</source>
        <translation> / min</translation>
    </message>
    <message>
        <source>Success rate amber below</source>
        <translation>Tasa de éxito: ámbar por debajo de</translation>
    </message>
    <message>
        <source>Success rate red below</source>
        <translation>Tasa de éxito: rojo por debajo de</translation>
    </message>
    <message>
        <source>Hang-ups amber above</source>
        <translation>Colgadas: ámbar por encima de</translation>
    </message>
    <message>
        <source>Hang-ups red above</source>
        <translation>Colgadas: rojo por encima de</translation>
    </message>
    <message>
        <source>Technical errors amber above</source>
        <translation>Errores técnicos: ámbar por encima de</translation>
    </message>
    <message>
        <source>Technical errors red above</source>
        <translation>Errores técnicos: rojo por encima de</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Per-minute average over</source>
        <translation>Media por minuto durante</translation>
    </message>
    <message>
        <source>Save &amp;thresholds</source>
        <translation>Guardar &amp;umbrales</translation>
    </message>
    <message>
        <source>The thresholds file could not be used (%1); the defaults are in effect.</source>
        <translation>No se pudo usar el archivo de umbrales (%1); se aplican los valores por defecto.</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was saved.</source>
        <translation>No confirmado: no se ha guardado nada.</translation>
    </message>
    <message>
        <source>The audit record could not be written: nothing was saved.</source>
        <translation>No se pudo escribir el registro de auditoría: no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Wallboard thresholds saved.</source>
        <translation>Umbrales del panel mural guardados.</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::TimeDisplay</name>
    <message>
        <source>Times in &amp;UTC</source>
        <translation>Horas en &amp;UTC</translation>
    </message>
    <message>
        <source>Show the sessions' and reports' times in UTC instead of local time</source>
        <translation>Mostrar las horas de las sesiones y los informes en UTC en lugar de la hora local</translation>
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
        <translation>Llamante</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Tiempo (s)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::UserAccountsPage</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ol:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Añadir cuenta</translation>
    </message>
    <message>
        <source>&amp;Change role of selected</source>
        <translation>&amp;Cambiar el rol de la selección</translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation>&amp;Eliminar la selección</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>Cuenta %1 añadida.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 es ahora %2.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Eliminar la cuenta</translation>
    </message>
    <message>
        <source>Remove the account %1?</source>
        <translation>¿Eliminar la cuenta %1?</translation>
    </message>
    <message>
        <source>Account %1 removed.</source>
        <translation>Cuenta %1 eliminada.</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Cuentas de usuario</translation>
    </message>
    <message>
        <source>locked until %1 UTC</source>
        <translation>bloqueada hasta las %1 UTC</translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s)</source>
        <translation>
            <numerusform>%n intento fallido</numerusform>
            <numerusform>%n intentos fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>You cannot remove the account you are signed in with.</source>
        <translation>No puede eliminar la cuenta con la que ha iniciado sesión.</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was changed.</source>
        <translation>No confirmado: no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Add the account %1 (%2).</source>
        <translation>Añadir la cuenta %1 (%2).</translation>
    </message>
    <message>
        <source>Remove the account %1.</source>
        <translation>Eliminar la cuenta %1.</translation>
    </message>
    <message>
        <source>Give %1 the role %2.</source>
        <translation>Dar a %1 el rol %2.</translation>
    </message>
    <message>
        <source>for a new account or a reset</source>
        <translation>para una cuenta nueva o un restablecimiento</translation>
    </message>
    <message>
        <source>&amp;Unlock selected</source>
        <translation>&amp;Desbloquear la selección</translation>
    </message>
    <message>
        <source>Re&amp;set password of selected</source>
        <translation>&amp;Restablecer la contraseña de la selección</translation>
    </message>
    <message>
        <source>The Password field becomes the account's temporary password: its user must choose a new one at the next sign-in.</source>
        <translation>El campo Contraseña pasa a ser la contraseña temporal de la cuenta: su usuario debe elegir una nueva en el próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>Account %1 unlocked.</source>
        <translation>Cuenta %1 desbloqueada.</translation>
    </message>
    <message>
        <source>The password of %1 was reset: they choose a new one at their next sign-in.</source>
        <translation>Se ha restablecido la contraseña de %1: deberá elegir una nueva en su próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>must choose a new password</source>
        <translation>debe elegir una contraseña nueva</translation>
    </message>
    <message>
        <source>Unlock the account %1.</source>
        <translation>Desbloquear la cuenta %1.</translation>
    </message>
    <message>
        <source>Reset the password of %1.</source>
        <translation>Restablecer la contraseña de %1.</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::WallboardMode</name>
    <message>
        <source>VoicePay wallboard</source>
        <translation>Panel mural de VoicePay</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Correctas</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Unsuccessful</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Hang-ups per minute</source>
        <translation>Colgadas por minuto</translation>
    </message>
    <message>
        <source>Technical errors per minute</source>
        <translation>Errores técnicos por minuto</translation>
    </message>
    <message>
        <source>Esc leaves the wallboard</source>
        <translation>Esc sale del panel mural</translation>
    </message>
</context>
</TS>
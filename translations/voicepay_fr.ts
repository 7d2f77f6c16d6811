<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuditDetails</name>
    <message>
        <source>Configuration changed</source>
        <translation>Configuration modifiée</translation>
    </message>
    <message>
        <source>Gateway key set</source>
        <translation>Clé de passerelle conservée</translation>
    </message>
    <message>
        <source>Gateway key cleared</source>
        <translation>Clé de passerelle effacée</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>Compte ajouté</translation>
    </message>
    <message>
        <source>Account removed</source>
        <translation>Compte supprimé</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rôle modifié</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Compte verrouillé</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Compte déverrouillé</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe modifié</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Journal d'audit exporté</translation>
    </message>
    <message>
        <source>Audit log listed</source>
        <translation>Journal d'audit consulté</translation>
    </message>
    <message>
        <source>Audit log export</source>
        <translation>Export du journal d'audit</translation>
    </message>
    <message>
        <source>Accounts listed</source>
        <translation>Comptes consultés</translation>
    </message>
    <message>
        <source>Wallboard thresholds changed</source>
        <translation>Seuils du tableau mural modifiés</translation>
    </message>
    <message>
        <source>Configuration rolled back</source>
        <translation>Configuration restaurée</translation>
    </message>
</context>
<context>
    <name>CallContext</name>
    <message>
        <source>must be a non-empty account or customer id</source>
        <translation>doit être un identifiant de compte ou de client non vide</translation>
    </message>
    <message>
        <source>must be a decimal string such as "125.50"</source>
        <translation>doit être une chaîne décimale telle que "125.50"</translation>
    </message>
    <message>
        <source>must be a string of at most 64 characters</source>
        <translation>doit être une chaîne d'au plus 64 caractères</translation>
    </message>
    <message>
        <source>must be ivr or conference</source>
        <translation>doit valoir ivr ou conference</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
</context>
<context>
    <name>CallSetupCheck</name>
    <message numerus="yes">
        <source>The amount due "%1" is not an amount in %2, which has %n decimal(s): %3</source>
        <translation>
            <numerusform>Le montant dû « %1 » n’est pas un montant en %2, qui a %n décimale : %3</numerusform>
            <numerusform>Le montant dû « %1 » n’est pas un montant en %2, qui a %n décimales : %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n decimal(s)), %2, %3; %4; %5; %6; site %7</source>
        <translation>
            <numerusform>%1 (%n décimale), %2, %3 ; %4 ; %5 ; %6 ; site %7</numerusform>
            <numerusform>%1 (%n décimales), %2, %3 ; %4 ; %5 ; %6 ; site %7</numerusform>
        </translation>
    </message>
    <message>
        <source>The account is missing.</source>
        <translation>Le compte manque.</translation>
    </message>
    <message>
        <source>The amount due is below the minimum of %1: the caller will be asked for an amount.</source>
        <translation>Le montant dû est inférieur au minimum de %1 : l’appelant devra saisir un montant.</translation>
    </message>
    <message>
        <source>The amount due is above the maximum of %1: the caller will be asked for an amount.</source>
        <translation>Le montant dû dépasse le maximum de %1 : l’appelant devra saisir un montant.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <source>the amount due is fixed</source>
        <translation>le montant dû est fixe</translation>
    </message>
    <message>
        <source>the caller chooses the amount</source>
        <translation>l’appelant choisit le montant</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>touches</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>voix</translation>
    </message>
    <message>
        <source>keys and voice</source>
        <translation>touches et voix</translation>
    </message>
</context>
<context>
    <name>CardMask</name>
    <message>
        <source>%1 ending %2</source>
        <translation>%1 se terminant par %2</translation>
    </message>
</context>
<context>
    <name>ConsoleAccounts</name>
    <message>
        <source>no store is open</source>
        <translation>aucune base n'est ouverte</translation>
    </message>
</context>
<context>
    <name>FlowConfig</name>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must be a list of card brand identifiers</source>
        <translation>doit être une liste d'identifiants de marques de carte</translation>
    </message>
    <message>
        <source>unknown card brand "%1" (known: %2)</source>
        <translation>marque de carte inconnue "%1" (connues : %2)</translation>
    </message>
    <message>
        <source>must be transfer_to_agent, return_to_ivr or disconnect</source>
        <translation>doit valoir transfer_to_agent, return_to_ivr ou disconnect</translation>
    </message>
    <message>
        <source>must be a decimal string such as "12.50"</source>
        <translation>doit être une chaîne décimale telle que "12.50"</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>must be sandbox, server or endpoint</source>
        <translation>doit valoir sandbox, server ou endpoint</translation>
    </message>
    <message>
        <source>is at most 25 characters</source>
        <translation>compte au plus 25 caractères</translation>
    </message>
    <message>
        <source>must be a SIP URI such as sip:agents@pbx.example, or empty</source>
        <translation>doit être une URI SIP comme sip:agents@pbx.example, ou vide</translation>
    </message>
    <message>
        <source>"%1" is not a supported ISO 4217 code</source>
        <translation>"%1" n'est pas un code ISO 4217 pris en charge</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>must not be below minAmount</source>
        <translation>ne doit pas être inférieur à minAmount</translation>
    </message>
    <message>
        <source>must name at least one card brand</source>
        <translation>doit nommer au moins une marque de carte</translation>
    </message>
    <message>
        <source>is required for gateway mode %1</source>
        <translation>est obligatoire pour le mode de passerelle %1</translation>
    </message>
    <message>
        <source>must be fixed or caller</source>
        <translation>doit valoir fixed ou caller</translation>
    </message>
    <message>
        <source>must be dtmf, voice or both</source>
        <translation>doit valoir dtmf, voice ou both</translation>
    </message>
    <message>
        <source>must be an object keyed by step name</source>
        <translation>doit être un objet indexé par nom d'étape</translation>
    </message>
    <message>
        <source>unknown step</source>
        <translation>étape inconnue</translation>
    </message>
    <message>
        <source>must be 1 to 64 characters</source>
        <translation>doit compter de 1 à 64 caractères</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON non valide à la position %1 : %2</translation>
    </message>
    <message>
        <source>the configuration must be a JSON object</source>
        <translation>la configuration doit être un objet JSON</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB</source>
        <translation>%1 dépasse 1 Mio</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>must be longer than a charge's whole recovery (connectTimeoutMs + 2 x transferTimeoutMs = %1 ms), or a charge sent again after a lost reply could be made twice; 0 is refused</source>
        <translation>doit dépasser toute la reprise d'un débit (connectTimeoutMs + 2 x transferTimeoutMs = %1 ms), sinon un débit renvoyé après une réponse perdue pourrait être passé deux fois ; 0 est refusé</translation>
    </message>
</context>
<context>
    <name>KpiQuery</name>
    <message>
        <source>session %1: the stored replay is unreadable: %2</source>
        <translation>session %1 : la relecture enregistrée est illisible : %2</translation>
    </message>
</context>
<context>
    <name>LoadGenerator</name>
    <message>
        <source>the mix is not JSON: %1</source>
        <translation>le mélange n'est pas du JSON : %1</translation>
    </message>
    <message>
        <source>the mix is not a JSON object of weights</source>
        <translation>le mélange n'est pas un objet JSON de pondérations</translation>
    </message>
    <message>
        <source>unknown call kind "%1" (known: %2)</source>
        <translation>type d'appel inconnu "%1" (connus : %2)</translation>
    </message>
    <message>
        <source>%1: the weight must be a number of at least 0</source>
        <translation>%1 : la pondération doit être un nombre d'au moins 0</translation>
    </message>
    <message>
        <source>the mix has no call kind with a weight above 0</source>
        <translation>le mélange n'a aucun type d'appel de pondération supérieure à 0</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>the hash key may only end the amount</source>
        <translation>la touche dièse ne peut que terminer le montant</translation>
    </message>
    <message>
        <source>%1 has no decimals; the star key is not accepted</source>
        <translation>%1 n'a pas de décimales ; la touche étoile n'est pas acceptée</translation>
    </message>
    <message>
        <source>only one star key may mark the decimals</source>
        <translation>une seule touche étoile peut marquer les décimales</translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation>le montant est vide</translation>
    </message>
    <message>
        <source>"%1" is not a decimal amount</source>
        <translation>"%1" n'est pas un montant décimal</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at most %n decimal(s)</source>
        <translation>
            <numerusform>%1 accepte au plus %n décimale</numerusform>
            <numerusform>%1 accepte au plus %n décimales</numerusform>
        </translation>
    </message>
    <message>
        <source>"%1" is too large</source>
        <translation>"%1" est trop grand</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>use at least 12 characters</source>
        <translation>utilisez au moins 12 caractères</translation>
    </message>
    <message>
        <source>mix letters with digits or symbols</source>
        <translation>mélangez lettres, chiffres ou symboles</translation>
    </message>
</context>
<context>
    <name>PromptLanguage</name>
    <message>
        <source>unknown language "%1" (available: %2)</source>
        <translation>langue inconnue "%1" (disponibles : %2)</translation>
    </message>
</context>
<context>
    <name>PromptRenderer</name>
    <message>
        <source>no prompt set is loaded</source>
        <translation>aucun jeu d'annonces n'est chargé</translation>
    </message>
    <message>
        <source>the prompt set is in %1, the prompt in %2</source>
        <translation>le jeu d'annonces est en %1, l'annonce en %2</translation>
    </message>
</context>
<context>
    <name>PromptSet</name>
    <message>
        <source>the manifest is larger than 8 MiB</source>
        <translation>le manifeste dépasse 8 Mio</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON non valide à la position %1 : %2</translation>
    </message>
    <message>
        <source>not a prompt set manifest ("format" must be "%1")</source>
        <translation>pas un manifeste de jeu d'annonces ("format" doit valoir "%1")</translation>
    </message>
    <message>
        <source>unsupported manifest version %1</source>
        <translation>version de manifeste %1 non prise en charge</translation>
    </message>
    <message>
        <source>"segments" must be a list</source>
        <translation>"segments" doit être une liste</translation>
    </message>
    <message>
        <source>"%1" is not a valid segment id (a-z, 0-9, _ and -)</source>
        <translation>"%1" n'est pas un identifiant de segment valide (a-z, 0-9, _ et -)</translation>
    </message>
    <message>
        <source>"%1" is listed twice</source>
        <translation>"%1" figure deux fois</translation>
    </message>
    <message>
        <source>"source" must be "recorded" or "synthesised"</source>
        <translation>"source" doit valoir "recorded" ou "synthesised"</translation>
    </message>
    <message>
        <source>the prompt set has no segment "%1"</source>
        <translation>le jeu d'annonces n'a pas de segment "%1"</translation>
    </message>
    <message>
        <source>%1 is at %2 Hz, not %3 Hz</source>
        <translation>%1 est à %2 Hz, pas à %3 Hz</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>an utterance must have 1 to 500 characters</source>
        <translation>un énoncé doit compter de 1 à 500 caractères</translation>
    </message>
    <message>
        <source>at most 64 keys per step</source>
        <translation>au plus 64 touches par étape</translation>
    </message>
    <message>
        <source>character %1 of "%2" is not a DTMF key (0-9, * and #); a step is keys, "timeout", "hangup" or "say:TEXT"</source>
        <translation>le caractère %1 de "%2" n'est pas une touche DTMF (0-9, * et #) ; une étape est faite de touches, de "timeout", "hangup" ou "say:TEXT"</translation>
    </message>
    <message>
        <source>the scenario is larger than 4 MiB</source>
        <translation>le scénario dépasse 4 Mio</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON non valide à la position %1 : %2</translation>
    </message>
    <message>
        <source>a scenario must be a JSON object</source>
        <translation>un scénario doit être un objet JSON</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be a date as YYYY-MM-DD</source>
        <translation>doit être une date AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>doit être une liste de chaînes</translation>
    </message>
    <message>
        <source>at most %1 inputs</source>
        <translation>au plus %1 entrées</translation>
    </message>
    <message>
        <source>unknown result key</source>
        <translation>clé de résultat inconnue</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>an audio input needs a WAV file's path</source>
        <translation>une entrée audio demande le chemin d'un fichier WAV</translation>
    </message>
    <message>
        <source>no such audio file: %1</source>
        <translation>fichier audio introuvable : %1</translation>
    </message>
</context>
<context>
    <name>SessionRecord</name>
    <message>
        <source>a session without an id or an outcome</source>
        <translation>une session sans identifiant ou sans issue</translation>
    </message>
    <message>
        <source>session %1: more than four card digits</source>
        <translation>session %1 : plus de quatre chiffres de carte</translation>
    </message>
    <message>
        <source>session %1: an event is not [time, kind, step, detail]</source>
        <translation>session %1 : un événement n'est pas [heure, type, étape, détail]</translation>
    </message>
    <message>
        <source>session %1: %2</source>
        <translation>session %1 : %2</translation>
    </message>
    <message>
        <source>session %1: a time or a count is not a whole number</source>
        <translation>session %1 : une heure ou un compte n'est pas un nombre entier</translation>
    </message>
</context>
<context>
    <name>SessionReplay</name>
    <message>
        <source>"steps" is not a list</source>
        <translation>"steps" n'est pas une liste</translation>
    </message>
    <message>
        <source>a step is not an object with a name and a list of prompts</source>
        <translation>une étape n'est pas un objet avec un nom et une liste d'annonces</translation>
    </message>
    <message>
        <source>"closingPrompts" is not a list of texts</source>
        <translation>"closingPrompts" n'est pas une liste de textes</translation>
    </message>
    <message>
        <source>"declineCodes" is not a list of texts</source>
        <translation>"declineCodes" n'est pas une liste de textes</translation>
    </message>
    <message>
        <source>"transferContext" is not an object</source>
        <translation>"transferContext" n'est pas un objet</translation>
    </message>
    <message>
        <source>not JSON (%1 at offset %2)</source>
        <translation>pas du JSON (%1 à la position %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>neither JSON nor a compressed replay</source>
        <translation>ni du JSON ni une relecture compressée</translation>
    </message>
</context>
<context>
    <name>SessionSpool</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 ligne %2 : %3</translation>
    </message>
</context>
<context>
    <name>StoreBackend</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>StoreConnection</name>
    <message>
        <source>the Qt SQL driver %1 is not available</source>
        <translation>le pilote Qt SQL %1 n'est pas disponible</translation>
    </message>
    <message>
        <source>cannot open the KPI store %1: %2</source>
        <translation>impossible d'ouvrir la base d'indicateurs %1 : %2</translation>
    </message>
    <message>
        <source>KPI store %1: %2</source>
        <translation>base d'indicateurs %1 : %2</translation>
    </message>
</context>
<context>
    <name>StoreSchema</name>
    <message>
        <source>schema: %1 (%2)</source>
        <translation>schéma : %1 (%2)</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this program's %2; update the program</source>
        <translation>la base a la version de schéma %1, plus récente que la version %2 de ce programme ; mettez le programme à jour</translation>
    </message>
    <message>
        <source>schema: %1</source>
        <translation>schéma : %1</translation>
    </message>
</context>
<context>
    <name>StoreUrl</name>
    <message>
        <source>"%1": the SQLite URL names no file (sqlite:PATH)</source>
        <translation>"%1" : l'URL SQLite ne nomme aucun fichier (sqlite:CHEMIN)</translation>
    </message>
    <message>
        <source>"%1" is not a PostgreSQL URL (postgresql://user@host:port/db)</source>
        <translation>"%1" n'est pas une URL PostgreSQL (postgresql://utilisateur@hôte:port/base)</translation>
    </message>
    <message>
        <source>"%1": the PostgreSQL URL names no database (postgresql://user@host:port/db)</source>
        <translation>"%1" : l'URL PostgreSQL ne nomme aucune base (postgresql://utilisateur@hôte:port/base)</translation>
    </message>
    <message>
        <source>"%1": a store URL is sqlite:PATH or postgresql://user@host:port/db</source>
        <translation>"%1" : une URL de base est sqlite:CHEMIN ou postgresql://utilisateur@hôte:port/base</translation>
    </message>
    <message>
        <source>a PostgreSQL URL takes sslmode (disable, allow, prefer, require, verify-ca, verify-full) and sslrootcert (a CA file) only</source>
        <translation>une URL PostgreSQL n'accepte que sslmode (disable, allow, prefer, require, verify-ca, verify-full) et sslrootcert (un fichier d'autorité de certification)</translation>
    </message>
    <message>
        <source>a store URL holds no password (every user of the machine can read a command line): put it in a password file (~/.pgpass, or the file PGPASSFILE names, mode 0600)</source>
        <translation>une URL de base ne contient pas de mot de passe (tout utilisateur de la machine peut lire une ligne de commande) : mettez-le dans un fichier de mots de passe (~/.pgpass, ou le fichier que nomme PGPASSFILE, mode 0600)</translation>
    </message>
</context>
<context>
    <name>UserAccounts</name>
    <message>
        <source>The name or the password is not right, or the account is locked for a while after too many failed log-ins.</source>
        <translation>Le nom ou le mot de passe n'est pas correct, ou le compte est bloqué un moment après trop d'échecs de connexion.</translation>
    </message>
    <message>
        <source>only an admin may do this</source>
        <translation>seul un administrateur peut faire cela</translation>
    </message>
    <message>
        <source>the first account must be an admin</source>
        <translation>le premier compte doit être un administrateur</translation>
    </message>
    <message>
        <source>a user name has 2 to 32 letters, digits, dots, dashes or underscores</source>
        <translation>un nom d'utilisateur compte de 2 à 32 lettres, chiffres, points, tirets ou tirets bas</translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation>mot de passe : %1</translation>
    </message>
    <message>
        <source>a user named %1 exists already</source>
        <translation>un utilisateur nommé %1 existe déjà</translation>
    </message>
    <message>
        <source>an admin cannot remove their own account</source>
        <translation>un administrateur ne peut pas supprimer son propre compte</translation>
    </message>
    <message>
        <source>no user named %1</source>
        <translation>aucun utilisateur nommé %1</translation>
    </message>
    <message>
        <source>an admin cannot take away their own admin role</source>
        <translation>un administrateur ne peut pas se retirer son propre rôle d'administrateur</translation>
    </message>
    <message>
        <source>The password was reset by an admin: choose a new one to sign in.</source>
        <translation>Le mot de passe a été réinitialisé par un administrateur : choisissez-en un nouveau pour vous connecter.</translation>
    </message>
    <message>
        <source>an admin changes their own password with the current one, not by a reset</source>
        <translation>un administrateur change son propre mot de passe avec l'actuel, pas par une réinitialisation</translation>
    </message>
    <message>
        <source>new password: %1</source>
        <translation>nouveau mot de passe : %1</translation>
    </message>
    <message>
        <source>the new password must differ from the current one</source>
        <translation>le nouveau mot de passe doit être différent de l'actuel</translation>
    </message>
    <message>
        <source>the password was changed in the meantime</source>
        <translation>le mot de passe a été modifié entre-temps</translation>
    </message>
</context>
<context>
    <name>WavFile</name>
    <message>
        <source>the file is larger than 256 MiB</source>
        <translation>le fichier dépasse 256 Mio</translation>
    </message>
    <message>
        <source>not a RIFF/WAVE file</source>
        <translation>pas un fichier RIFF/WAVE</translation>
    </message>
    <message>
        <source>truncated: the RIFF header announces %1 bytes but the file has %2</source>
        <translation>tronqué : l'en-tête RIFF annonce %1 octets mais le fichier en a %2</translation>
    </message>
    <message>
        <source>truncated: the "%1" chunk announces %2 bytes, only %3 are present</source>
        <translation>tronqué : le bloc "%1" annonce %2 octets, seuls %3 sont présents</translation>
    </message>
    <message>
        <source>the format chunk is too short (%1 bytes)</source>
        <translation>le bloc de format est trop court (%1 octets)</translation>
    </message>
    <message>
        <source>format %1 is not PCM</source>
        <translation>le format %1 n'est pas du PCM</translation>
    </message>
    <message>
        <source>%1 channels; only mono is supported</source>
        <translation>%1 canaux ; seul le mono est pris en charge</translation>
    </message>
    <message>
        <source>%1 bits per sample; only 16 is supported</source>
        <translation>%1 bits par échantillon ; seul 16 est pris en charge</translation>
    </message>
    <message>
        <source>sample rate %1 Hz; only 8000 and 16000 are supported</source>
        <translation>fréquence d'échantillonnage %1 Hz ; seules 8000 et 16000 sont prises en charge</translation>
    </message>
    <message>
        <source>inconsistent format chunk (block align %1, byte rate %2)</source>
        <translation>bloc de format incohérent (alignement %1, débit %2)</translation>
    </message>
    <message>
        <source>the data chunk comes before the format chunk</source>
        <translation>le bloc de données précède le bloc de format</translation>
    </message>
    <message>
        <source>the data chunk has an odd number of bytes (%1)</source>
        <translation>le bloc de données a un nombre impair d'octets (%1)</translation>
    </message>
    <message>
        <source>no data chunk</source>
        <translation>aucun bloc de données</translation>
    </message>
    <message>
        <source>no format chunk</source>
        <translation>aucun bloc de format</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>VoicePay call simulator, dashboards and configuration editor</source>
        <translation>Simulateur d'appels, tableaux de bord et éditeur de configuration VoicePay</translation>
    </message>
    <message>
        <source>Use this configuration file instead of the saved one.</source>
        <translation>Utiliser ce fichier de configuration au lieu de celui enregistré.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Quit once the window is painted (start-up timing).</source>
        <translation>Quitter dès que la fenêtre est dessinée (mesure du démarrage).</translation>
    </message>
    <message>
        <source>Set up AREA (%1), save a picture of the window to FILE and quit.</source>
        <translation>Préparer la ZONE (%1), enregistrer une image de la fenêtre dans FICHIER et quitter.</translation>
    </message>
    <message>
        <source>AREA:FILE</source>
        <translation>ZONE:FICHIER</translation>
    </message>
    <message>
        <source>The KPI store: sqlite:PATH or postgresql://user@host:port/db (default: the embedded SQLite file).</source>
        <translation>La base d'indicateurs : sqlite:CHEMIN ou postgresql://utilisateur@hôte:port/base (par défaut : le fichier SQLite intégré).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Sign NAME in without the dialog; the password is read from VOICEPAY_CONSOLE_PASSWORD or standard input.</source>
        <translation>Connecter NOM sans la boîte de dialogue ; le mot de passe est lu dans VOICEPAY_CONSOLE_PASSWORD ou sur l'entrée standard.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Colours: system, light or dark (default: the choice in View › Theme, else system).</source>
        <translation>Couleurs : system, light ou dark (par défaut : le choix de Affichage › Thème, sinon system).</translation>
    </message>
</context>
<context>
    <name>voicepay::KpiStore</name>
    <message>
        <source>the KPI store is closed</source>
        <translation>la base d'indicateurs est fermée</translation>
    </message>
    <message>
        <source>KPI store %1: %2</source>
        <translation>base d'indicateurs %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) kept in %1; they are stored when the store next opens</source>
        <translation>
            <numerusform>%n session conservée dans %1 ; elle sera enregistrée à la prochaine ouverture de la base</numerusform>
            <numerusform>%n sessions conservées dans %1 ; elles seront enregistrées à la prochaine ouverture de la base</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) not stored: the spool %1 could not be written (%2)</source>
        <translation>
            <numerusform>%n session non enregistrée : le fichier d'attente %1 n'a pas pu être écrit (%2)</numerusform>
            <numerusform>%n sessions non enregistrées : le fichier d'attente %1 n'a pas pu être écrit (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>locked by another process</source>
        <translation>verrouillée par un autre processus</translation>
    </message>
</context>
<context>
    <name>voicepay::ui</name>
    <message>
        <source>the payment journal cannot be opened: %1</source>
        <translation>le journal des paiements ne peut pas être ouvert : %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::AudioPreview</name>
    <message>
        <source>no prompt set at %1</source>
        <translation>aucun jeu d'annonces dans %1</translation>
    </message>
    <message>
        <source>no recording of segment %1</source>
        <translation>aucun enregistrement du segment %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::AuditLogPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>E&amp;xport JSON…</source>
        <translation>E&amp;xporter en JSON…</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d'audit</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n record(s) checked.</source>
        <translation>
            <numerusform>Chaîne intacte : %n enregistrement vérifié.</numerusform>
            <numerusform>Chaîne intacte : %n enregistrements vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain BROKEN at record %1: %2</source>
        <translation>Chaîne ROMPUE à l'enregistrement %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>&amp;UTC</source>
        <translation>&amp;UTC</translation>
    </message>
    <message>
        <source>Show times in UTC instead of this computer's time zone</source>
        <translation>Afficher les heures en UTC plutôt que dans le fuseau horaire de cet ordinateur</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>Uti&amp;lisateur :</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Ac&amp;tion :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Jusqu'au :</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>every action</source>
        <translation>toutes les actions</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Heure (locale)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s)</source>
        <translation>
            <numerusform>%1 sur %n enregistrement</numerusform>
            <numerusform>%1 sur %n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::BrandListWidget</name>
    <message>
        <source>%1: %2 digits, %3</source>
        <translation>%1 : %2 chiffres, %3</translation>
    </message>
    <message>
        <source>%1 of %2 digits</source>
        <translation>%1 chiffres sur %2</translation>
    </message>
    <message>
        <source>no security code</source>
        <translation>pas de code de sécurité</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::CallSession</name>
    <message>
        <source>(spoken, masked)</source>
        <translation>(dit, masqué)</translation>
    </message>
    <message>
        <source>"%1"</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>(hangs up)</source>
        <translation>(raccroche)</translation>
    </message>
    <message>
        <source>approved, transaction %1</source>
        <translation>accepté, transaction %1</translation>
    </message>
    <message>
        <source>declined: %1 (%2)</source>
        <translation>refusé : %1 (%2)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::CallSetupWidget</name>
    <message>
        <source>Identified by the IVR</source>
        <translation>Identifié par le SVI</translation>
    </message>
    <message>
        <source>IVR call</source>
        <translation>Appel SVI</translation>
    </message>
    <message>
        <source>Agent conference</source>
        <translation>Conférence avec un conseiller</translation>
    </message>
    <message>
        <source>Call &amp;type:</source>
        <translation>&amp;Type d'appel :</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <source>Unchecked: the flow asks the caller for the account number and PIN.</source>
        <translation>Non coché : le parcours demande à l'appelant son numéro de compte et son code.</translation>
    </message>
    <message>
        <source>Amount &amp;due:</source>
        <translation>Montant &amp;dû :</translation>
    </message>
    <message>
        <source>&amp;Merchant id:</source>
        <translation>Identifiant &amp;marchand :</translation>
    </message>
    <message>
        <source>Payment &amp;reference:</source>
        <translation>&amp;Référence de paiement :</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>Configurée</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Runs under: %1</source>
        <translation>Fonctionne avec : %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ChangePasswordDialog</name>
    <message>
        <source>VoicePay: change the password of %1</source>
        <translation>VoicePay : changer le mot de passe de %1</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Changer le mot de passe…</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Mot de passe : %1</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Password accepted.</source>
        <translation>Mot de passe accepté.</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ClampIndicator</name>
    <message>
        <source>DTMF clamp</source>
        <translation>Blocage DTMF</translation>
    </message>
    <message>
        <source>DTMF clamp off: the agent hears the caller.</source>
        <translation>Blocage DTMF désactivé : l’agent entend l’appelant.</translation>
    </message>
    <message>
        <source>DTMF clamp on: the agent cannot hear the keys the caller presses.</source>
        <translation>Blocage DTMF activé : l’agent n’entend pas les touches que l’appelant compose.</translation>
    </message>
    <message>
        <source>Keys kept from the agent: %1</source>
        <translation>Touches cachées à l’agent : %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConferenceView</name>
    <message>
        <source>Caller is at:</source>
        <translation>L'appelant est à :</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Saisie :</translation>
    </message>
    <message>
        <source>Keyed:</source>
        <translation>Tapé :</translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation>Marque :</translation>
    </message>
    <message>
        <source>Luhn check:</source>
        <translation>Contrôle de Luhn :</translation>
    </message>
    <message>
        <source>no call</source>
        <translation>pas d'appel</translation>
    </message>
    <message>
        <source>call left the payment flow</source>
        <translation>l'appel a quitté le parcours de paiement</translation>
    </message>
    <message>
        <source>authorizing the payment</source>
        <translation>autorisation du paiement</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>parmi : %1</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <source>%1 of %2 keys</source>
        <translation>%1 touches sur %2</translation>
    </message>
    <message>
        <source>Payment approved</source>
        <translation>Paiement approuvé</translation>
    </message>
    <message>
        <source>Payment not taken: %1</source>
        <translation>Paiement non effectué : %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence : %1</translation>
    </message>
    <message>
        <source>Transaction: %1</source>
        <translation>Transaction : %1</translation>
    </message>
    <message>
        <source>Amount: %1 %2</source>
        <translation>Montant : %1 %2</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConfigChangeList</name>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>No setting changes.</source>
        <translation>Aucun paramètre modifié.</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConfigEditor</name>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Valeurs par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save configuration</source>
        <translation>Enregistrer la configuration</translation>
    </message>
    <message>
        <source>Import configuration</source>
        <translation>Importer une configuration</translation>
    </message>
    <message>
        <source>Configuration files (*.json)</source>
        <translation>Fichiers de configuration (*.json)</translation>
    </message>
    <message>
        <source>Export configuration</source>
        <translation>Exporter la configuration</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Montants</translation>
    </message>
    <message>
        <source>1 decimal</source>
        <translation>1 décimale</translation>
    </message>
    <message>
        <source>%1 decimals</source>
        <translation>%1 décimales</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Dev&amp;ise :</translation>
    </message>
    <message>
        <source>M&amp;inimum amount:</source>
        <translation>Montant m&amp;inimum :</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>pas de maximum</translation>
    </message>
    <message>
        <source>Ma&amp;ximum amount:</source>
        <translation>Montant ma&amp;ximum :</translation>
    </message>
    <message>
        <source>Caller may choose the amount</source>
        <translation>L'appelant peut choisir le montant</translation>
    </message>
    <message>
        <source>Fixed: the amount due only</source>
        <translation>Fixe : le montant dû uniquement</translation>
    </message>
    <message>
        <source>Amount &amp;mode:</source>
        <translation>&amp;Mode du montant :</translation>
    </message>
    <message>
        <source>Declines and exits</source>
        <translation>Refus et sorties</translation>
    </message>
    <message>
        <source>Maximum &amp;declines:</source>
        <translation>Nombre maximum de &amp;refus :</translation>
    </message>
    <message>
        <source>When declines reach it:</source>
        <translation>Quand les refus l'atteignent :</translation>
    </message>
    <message>
        <source>Transfer calls to:</source>
        <translation>Transférer les appels à :</translation>
    </message>
    <message>
        <source>After a payment:</source>
        <translation>Après un paiement :</translation>
    </message>
    <message>
        <source>After a failure:</source>
        <translation>Après un échec :</translation>
    </message>
    <message>
        <source>Maximum authorization attempts:</source>
        <translation>Nombre maximum de tentatives d'autorisation :</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Allowed brands:</source>
        <translation>Marques acceptées :</translation>
    </message>
    <message>
        <source>No security code for:</source>
        <translation>Pas de code de sécurité pour :</translation>
    </message>
    <message>
        <source>No expiry date for:</source>
        <translation>Pas de date d'expiration pour :</translation>
    </message>
    <message>
        <source>Read back the last four digits only</source>
        <translation>Ne relire que les quatre derniers chiffres</translation>
    </message>
    <message>
        <source>Input, retries and time-outs</source>
        <translation>Saisie, relances et délais</translation>
    </message>
    <message>
        <source>Keypad and voice</source>
        <translation>Clavier et voix</translation>
    </message>
    <message>
        <source>Keypad only</source>
        <translation>Clavier uniquement</translation>
    </message>
    <message>
        <source>Voice only</source>
        <translation>Voix uniquement</translation>
    </message>
    <message>
        <source>Input &amp;mode:</source>
        <translation>&amp;Mode de saisie :</translation>
    </message>
    <message>
        <source>Re-prompts per question:</source>
        <translation>Relances par question :</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>No-input time-out:</source>
        <translation>Délai sans saisie :</translation>
    </message>
    <message>
        <source>Inter-digit time-out:</source>
        <translation>Délai entre chiffres :</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Propre</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>No input</source>
        <translation>Sans saisie</translation>
    </message>
    <message>
        <source>Inter-digit</source>
        <translation>Entre chiffres</translation>
    </message>
    <message>
        <source>Checked rows use their own re-prompts and time-outs (in milliseconds) instead of the general ones.</source>
        <translation>Les lignes cochées utilisent leurs propres relances et délais (en millisecondes) au lieu des valeurs générales.</translation>
    </message>
    <message>
        <source>Per question:</source>
        <translation>Par question :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>Si&amp;te :</translation>
    </message>
    <message>
        <source>Payment gateway</source>
        <translation>Passerelle de paiement</translation>
    </message>
    <message>
        <source>In-process sandbox</source>
        <translation>Bac à sable intégré</translation>
    </message>
    <message>
        <source>Sandbox server</source>
        <translation>Serveur bac à sable</translation>
    </message>
    <message>
        <source>Gateway endpoint</source>
        <translation>Point d'accès de passerelle</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Passerelle :</translation>
    </message>
    <message>
        <source>Endpoint &amp;URL:</source>
        <translation>&amp;URL du point d'accès :</translation>
    </message>
    <message>
        <source>Merchant &amp;login:</source>
        <translation>&amp;Identifiant marchand :</translation>
    </message>
    <message>
        <source>transaction key</source>
        <translation>clé de transaction</translation>
    </message>
    <message>
        <source>Store in keychain</source>
        <translation>Conserver dans le trousseau</translation>
    </message>
    <message>
        <source>Transaction &amp;key:</source>
        <translation>Clé de &amp;transaction :</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Aucun trousseau n'est disponible.</translation>
    </message>
    <message>
        <source>The transaction key is in the system keychain.</source>
        <translation>La clé de transaction est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Connect time-out:</source>
        <translation>Délai de connexion :</translation>
    </message>
    <message>
        <source>Transfer time-out:</source>
        <translation>Délai de transfert :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Duplicate window:</source>
        <translation>Fenêtre de doublons :</translation>
    </message>
    <message>
        <source>Reconcile every:</source>
        <translation>Rapprochement toutes les :</translation>
    </message>
    <message>
        <source>Longest card number:</source>
        <translation>Numéro de carte le plus long :</translation>
    </message>
    <message>
        <source>This build has no keychain support: the key cannot be stored. It is never written to the configuration file.</source>
        <translation>Cette version ne prend pas en charge le trousseau : la clé ne peut pas être conservée. Elle n'est jamais écrite dans le fichier de configuration.</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>modifications non enregistrées</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>enregistrée</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistrée : %1</translation>
    </message>
    <message>
        <source>Configuration saved (version %1).</source>
        <translation>Configuration enregistrée (version %1).</translation>
    </message>
    <message>
        <source>The configuration file could not be read: %1</source>
        <translation>Le fichier de configuration n'a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Imported %1: review and save.</source>
        <translation>%1 importé : vérifiez puis enregistrez.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove the stored key for this merchant login from the keychain</source>
        <translation>Retirer du trousseau la clé conservée pour cet identifiant marchand</translation>
    </message>
    <message>
        <source>Type the key first; Clear removes a stored one.</source>
        <translation>Saisissez d'abord la clé ; Effacer retire une clé conservée.</translation>
    </message>
    <message>
        <source>Clear the key</source>
        <translation>Effacer la clé</translation>
    </message>
    <message>
        <source>The configuration is read-only for you.</source>
        <translation>La configuration est en lecture seule pour vous.</translation>
    </message>
    <message>
        <source>Not confirmed: the key is unchanged.</source>
        <translation>Non confirmé : la clé est inchangée.</translation>
    </message>
    <message>
        <source>The transaction key is removed from the system keychain.</source>
        <translation>La clé de transaction est retirée du trousseau du système.</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was saved.</source>
        <translation>Non confirmé : rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>The audit record could not be written: nothing was saved.</source>
        <translation>L'enregistrement d'audit n'a pas pu être écrit : rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>These settings change. Save them? Your password is asked next.</source>
        <translation>Ces paramètres changent. Les enregistrer ? Votre mot de passe sera demandé ensuite.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message numerus="yes">
        <source>Not saved, %n settings need attention:</source>
        <translation><numerusform>Non enregistré, %n paramètre à corriger :</numerusform><numerusform>Non enregistré, %n paramètres à corriger :</numerusform></translation>
    </message>
    <message>
        <source>The configuration is saved, but its version could not be kept in the history: %1</source>
        <translation>La configuration est enregistrée, mais sa version n'a pas pu être conservée dans l'historique : %1</translation>
    </message>
    <message>
        <source>There is no configuration history here.</source>
        <translation>Aucun historique de configuration ici.</translation>
    </message>
    <message>
        <source>Configuration rolled back to version %1.</source>
        <translation>Configuration restaurée à la version %1.</translation>
    </message>
    <message>
        <source>Return to the IVR</source>
        <translation>Retour au serveur vocal</translation>
    </message>
    <message>
        <source>Transfer to an agent</source>
        <translation>Transfert vers un conseiller</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Raccrocher</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConfigHistoryDialog</name>
    <message>
        <source>Configuration history</source>
        <translation>Historique de la configuration</translation>
    </message>
    <message>
        <source>Select a version to see what it changed, or two versions to compare them.</source>
        <translation>Sélectionnez une version pour voir ses modifications, ou deux versions pour les comparer.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>&amp;Roll back to this version…</source>
        <translation>&amp;Restaurer cette version…</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Rolled back to version %1</source>
        <translation>Restaurée à la version %1</translation>
    </message>
    <message>
        <source>As it was before the first recorded save</source>
        <translation>État avant le premier enregistrement connu</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>No version selected.</source>
        <translation>Aucune version sélectionnée.</translation>
    </message>
    <message>
        <source>Select one or two versions.</source>
        <translation>Sélectionnez une ou deux versions.</translation>
    </message>
    <message>
        <source>Changes from version %1 to version %2:</source>
        <translation>Modifications de la version %1 à la version %2 :</translation>
    </message>
    <message>
        <source>Version %1 is the oldest kept; its changes from the defaults:</source>
        <translation>La version %1 est la plus ancienne conservée ; ses écarts par rapport aux valeurs par défaut :</translation>
    </message>
    <message>
        <source>Select the one version to roll back to.</source>
        <translation>Sélectionnez l'unique version à restaurer.</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConfigLocation</name>
    <message>
        <source>The configuration file could not be used (%1); the defaults are in effect.</source>
        <translation>Le fichier de configuration n'a pas pu être utilisé (%1) ; les valeurs par défaut s'appliquent.</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConsoleHelp</name>
    <message>
        <source>Call simulator</source>
        <translation>Simulateur d'appels</translation>
    </message>
    <message>
        <source>Prompt explorer</source>
        <translation>Explorateur de messages</translation>
    </message>
    <message>
        <source>Live dashboard</source>
        <translation>Tableau de bord en direct</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every prompt the flow can play, in each language, with the recording or the synthesised voice. Select a prompt to read its text and press &lt;b&gt;Speak this prompt&lt;/b&gt; to hear it. Prompts the last calls played are marked.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chaque annonce que le parcours peut jouer, dans chaque langue, enregistré ou en voix de synthèse. Sélectionnez une annonce pour lire son texte et appuyez sur &lt;b&gt;Dire cette annonce&lt;/b&gt; pour l'entendre. Les annonces jouées par les derniers appels sont marquées.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The calls in progress and the results of the last minutes, refreshed every few seconds, for one site or all. &lt;b&gt;Serve as wallboard&lt;/b&gt; serves the same tiles as a web page for the floor's big screen.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les appels en cours et les résultats des dernières minutes, actualisés toutes les quelques secondes, pour un site ou tous. &lt;b&gt;Servir en tableau mural&lt;/b&gt; publie les mêmes tuiles sur une page web pour le grand écran du plateau.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Results over a chosen period: outcomes and durations, split by site, brand or another key. Pick the period, the granularity and the split at the top; the export buttons write the figures as CSV or PDF.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les résultats d'une période choisie : issues et durées, ventilées par site, par marque ou selon un autre critère. Choisissez en haut la période, la granularité et la ventilation ; les boutons d'export écrivent les chiffres en CSV ou en PDF.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The stored calls of a chosen period. Select a call to see its steps, the transfer context, the gateway exchange and the prompts it heard, and replay it step by step with the slider. Card numbers are never stored: at most the brand and the last four digits show.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les appels enregistrés d'une période choisie. Sélectionnez un appel pour voir ses étapes, le contexte du transfert, l'échange avec la passerelle et les messages entendus, et rejouez-le pas à pas avec le curseur. Les numéros de carte ne sont jamais enregistrés : on voit au plus la marque et les quatre derniers chiffres.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Users and their roles, and the audit trail of every administrative action. Adding a user or changing a role asks for your password.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les utilisateurs et leurs rôles, et le journal d'audit de chaque action d'administration. Ajouter un utilisateur ou changer un rôle demande votre mot de passe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Aide : %1</translation>
    </message>
    <message>
        <source>Phone line</source>
        <translation>Ligne téléphonique</translation>
    </message>
    <message>
        <source>&lt;p&gt;Plays a payment call as the caller hears it. Choose the caller's details on the left and press &lt;b&gt;Start call&lt;/b&gt;; then answer each prompt with the keypad or by typing what the caller says in the box under the keypad.&lt;/p&gt;&lt;p&gt;The flow diagram shows where the call is; the transcript lists every prompt and answer. In an agent-assisted call the agent's panel shows what the agent hears: never the keys, which the clamp lamp confirms.&lt;/p&gt;&lt;p&gt;Calls made here are test calls: the dashboards leave them out unless &lt;b&gt;Include test calls&lt;/b&gt; is on. &lt;b&gt;File › Save call as scenario&lt;/b&gt; keeps a call to run again; &lt;b&gt;File › Run scenario suite&lt;/b&gt; runs a folder of them and shows each one's result and the flow coverage.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Joue un appel de paiement tel que l'appelant l'entend. Choisissez les données de l'appelant à gauche et appuyez sur &lt;b&gt;Démarrer l'appel&lt;/b&gt; ; puis répondez à chaque annonce avec le clavier ou en tapant ce que dit l'appelant dans la zone sous le clavier.&lt;/p&gt;&lt;p&gt;Le diagramme du parcours montre où en est l'appel ; la transcription liste chaque annonce et réponse. Dans un appel assisté par un conseiller, le panneau du conseiller montre ce qu'il entend : jamais les touches, ce que confirme le voyant de blocage.&lt;/p&gt;&lt;p&gt;Les appels passés ici sont des appels de test : les tableaux de bord les excluent sauf si &lt;b&gt;Inclure les appels de test&lt;/b&gt; est activé. &lt;b&gt;Fichier › Enregistrer l'appel comme scénario&lt;/b&gt; conserve un appel pour le rejouer ; &lt;b&gt;Fichier › Lancer la suite de scénarios&lt;/b&gt; exécute un dossier de scénarios et affiche le résultat de chacun et la couverture du parcours.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The payment flow's settings: limits, currency, accepted brands, retries and time-outs. Each key shows its allowed values, and errors show beside the fields. Only an admin saves, after reviewing the list of changes and typing the password again; every save goes to the audit trail first. &lt;b&gt;History&lt;/b&gt; keeps every saved version: compare two, or roll back to one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les paramètres du parcours de paiement : limites, devise, marques acceptées, relances et délais. Chaque clé indique ses valeurs autorisées, et les erreurs s'affichent à côté des champs. Seul un administrateur enregistre, après avoir revu la liste des modifications et ressaisi son mot de passe ; chaque enregistrement passe d'abord par le journal d'audit. &lt;b&gt;Historique&lt;/b&gt; conserve chaque version enregistrée : comparez-en deux, ou restaurez-en une.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Answers real SIP calls on this computer with the current configuration: choose a port and press &lt;b&gt;Start&lt;/b&gt;. The list shows the calls in progress and the step each is at; every call is stored in the console's KPI store like any other.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Stop&lt;/b&gt; ends the calls in progress as hang-ups (they are stored). The guide beside the list gives the address to dial and the X-VoicePay headers a call must carry.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Répond à de vrais appels SIP sur cet ordinateur avec la configuration actuelle : choisissez un port et appuyez sur &lt;b&gt;Démarrer&lt;/b&gt;. La liste montre les appels en cours et l'étape de chacun ; chaque appel est stocké dans la base d'indicateurs de la console comme les autres.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Arrêter&lt;/b&gt; termine les appels en cours comme raccrochés (ils sont stockés). Le guide à côté de la liste donne l'adresse à composer et les en-têtes X-VoicePay qu'un appel doit porter.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConsoleLanguage</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The console starts in %1 from now on: restart it to see the change.</source>
        <translation>La console démarre désormais en %1 : redémarrez-la pour voir le changement.</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>la langue du système</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConsoleReconciliation</name>
    <message>
        <source>Unconfirmed payments cannot be reconciled: %1</source>
        <translation>Les paiements non confirmés ne peuvent pas être rapprochés : %1</translation>
    </message>
    <message>
        <source>Reconciliation: %1 payments settled, %2 still unconfirmed: %3</source>
        <translation>Rapprochement : %1 paiements réglés, %2 encore non confirmés : %3</translation>
    </message>
    <message>
        <source>Reconciliation: %1 payments settled, %2 still unconfirmed</source>
        <translation>Rapprochement : %1 paiements réglés, %2 encore non confirmés</translation>
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
        <translation>le disque est plein : le fichier de la base ne peut pas grandir</translation>
    </message>
    <message>
        <source>the store file could not be written: the disk may be full or the file may not grow</source>
        <translation>le fichier de la base n'a pas pu être écrit : le disque est peut-être plein ou le fichier ne peut pas grandir</translation>
    </message>
    <message>
        <source>the store file is read-only for this user</source>
        <translation>le fichier de la base est en lecture seule pour cet utilisateur</translation>
    </message>
    <message>
        <source>another program holds the store's write lock</source>
        <translation>un autre programme détient le verrou d'écriture de la base</translation>
    </message>
    <message>
        <source>Calls are not being saved to the KPI store: %1. They are kept and saved once the store takes them again.</source>
        <translation>Les appels ne sont pas enregistrés dans la base d'indicateurs : %1. Ils sont conservés et enregistrés dès que la base les accepte de nouveau.</translation>
    </message>
    <message>
        <source>Calls are not being saved to the KPI store: %1 (%2). They are kept and saved once the store takes them again.</source>
        <translation>Les appels ne sont pas enregistrés dans la base d'indicateurs : %1 (%2). Ils sont conservés et enregistrés dès que la base les accepte de nouveau.</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ConsoleTheme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;System colours</source>
        <translation>Couleurs du &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::FlowDiagramWidget</name>
    <message>
        <source>Flow diagram</source>
        <translation>Schéma du parcours</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Amount choice</source>
        <translation>Choix du montant</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Numéro de carte</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Security code</source>
        <translation>Code de sécurité</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Declined (max)</source>
        <translation>Refusé (maximum)</translation>
    </message>
    <message>
        <source>Input failed</source>
        <translation>Saisie échouée</translation>
    </message>
    <message>
        <source>Technical error</source>
        <translation>Erreur technique</translation>
    </message>
    <message>
        <source>Hang-up</source>
        <translation>Raccroché</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>En cours de vérification</translation>
    </message>
    <message>
        <source>Return to the IVR</source>
        <translation>Retour au serveur vocal</translation>
    </message>
    <message>
        <source>Transfer to an agent</source>
        <translation>Transfert vers un conseiller</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Raccrocher</translation>
    </message>
    <message>
        <source>Caller not identified</source>
        <translation>Appelant non identifié</translation>
    </message>
    <message>
        <source>IVR call</source>
        <translation>Appel SVI</translation>
    </message>
    <message>
        <source>Agent conference</source>
        <translation>Conférence avec agent</translation>
    </message>
    <message>
        <source>Back to the agent</source>
        <translation>Retour au conseiller</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::FunnelModel</name>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atteinte</translation>
    </message>
    <message>
        <source>Of entered</source>
        <translation>Part des entrées</translation>
    </message>
    <message>
        <source>Ended here</source>
        <translation>Terminés ici</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Abandon</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::GatewayChoice</name>
    <message>
        <source>no transaction key for %1 in the keychain</source>
        <translation>aucune clé de transaction pour %1 dans le trousseau</translation>
    </message>
    <message>
        <source>Stored in the system keychain under the service "voicepay", never in the configuration file.</source>
        <translation>Conservée dans le trousseau du système sous le service "voicepay", jamais dans le fichier de configuration.</translation>
    </message>
    <message>
        <source>Enter the merchant login first: the key is stored for it.</source>
        <translation>Saisissez d'abord l'identifiant marchand : la clé est conservée pour lui.</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::HistoricalDashboard</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Per minute</source>
        <translation>Par minute</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Par heure</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>&amp;Granularity:</source>
        <translation>&amp;Granularité :</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>Type d'appel</translation>
    </message>
    <message>
        <source>Card brand</source>
        <translation>Marque de carte</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>&amp;Split by:</source>
        <translation>&amp;Répartir par :</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Unsuccessful</source>
        <translation>Non abouties</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>Tentées</translation>
    </message>
    <message>
        <source>Hang-ups</source>
        <translation>Raccrochés</translation>
    </message>
    <message>
        <source>Sessions per minute</source>
        <translation>Sessions par minute</translation>
    </message>
    <message>
        <source>KPIs over time</source>
        <translation>Indicateurs dans le temps</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>Exporter le rapport PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Base : %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>La base n'a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>%1 au %2, %3</translation>
    </message>
    <message>
        <source>%1 declined</source>
        <translation>%1 refusées</translation>
    </message>
    <message>
        <source>%1 · store %2</source>
        <translation>%1 · base %2</translation>
    </message>
    <message>
        <source>(no card)</source>
        <translation>(pas de carte)</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <source>VoicePay KPI report</source>
        <translation>Rapport d'indicateurs VoicePay</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite :</translation>
    </message>
    <message>
        <source>%1, site %2</source>
        <translation>%1, site %2</translation>
    </message>
    <message>
        <source>Include &amp;test calls</source>
        <translation>Inclure les appels de &amp;test</translation>
    </message>
    <message>
        <source>Count the simulator's calls too (they are kept out of the KPIs)</source>
        <translation>Compter aussi les appels du simulateur (ils sont sinon exclus des KPI)</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Drop-off by step</source>
        <translation>Abandons par étape</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>CSV saved to %1</source>
        <translation>CSV enregistré dans %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Période : %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site : %1</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>tous les sites</translation>
    </message>
    <message>
        <source>Test calls: included</source>
        <translation>Appels de test : inclus</translation>
    </message>
    <message>
        <source>Test calls: left out</source>
        <translation>Appels de test : exclus</translation>
    </message>
    <message>
        <source>Split by: %1</source>
        <translation>Réparti par : %1</translation>
    </message>
    <message>
        <source>PDF saved to %1</source>
        <translation>PDF enregistré dans %1</translation>
    </message>
    <message>
        <source>Click a step to list the sessions that reached it</source>
        <translation>Cliquez sur une étape pour lister les sessions qui l'ont atteinte</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::KeypadWidget</name>
    <message>
        <source>Key %1 (keyboard: %1)</source>
        <translation>Touche %1 (clavier : %1)</translation>
    </message>
    <message>
        <source>Keypad %1</source>
        <translation>Clavier %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::KpiSummary</name>
    <message>
        <source>no calls in the previous period</source>
        <translation>aucun appel sur la période précédente</translation>
    </message>
    <message>
        <source>previous period: %1</source>
        <translation>période précédente : %1</translation>
    </message>
    <message>
        <source>%1%2 points on the previous period (%3)</source>
        <translation>%1%2 points par rapport à la période précédente (%3)</translation>
    </message>
    <message>
        <source>%1 % on the previous period (%2)</source>
        <translation>%1 % par rapport à la période précédente (%2)</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::KpiTableModel</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Unsuccessful</source>
        <translation>Non abouties</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>Tentées</translation>
    </message>
    <message>
        <source>Hang-ups</source>
        <translation>Raccrochés</translation>
    </message>
    <message>
        <source>Declines</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Avg. duration (s)</source>
        <translation>Durée moy. (s)</translation>
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
        <translation>Cliquez pour lister ces sessions</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::LiveDashboard</name>
    <message>
        <source>Live: today (UTC) and the last hour</source>
        <translation>En direct : aujourd'hui (UTC) et la dernière heure</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Unsuccessful</source>
        <translation>Non abouties</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>Tentées</translation>
    </message>
    <message>
        <source>Hang-ups</source>
        <translation>Raccrochés</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Avg. duration: %1</source>
        <translation>Durée moy. : %1</translation>
    </message>
    <message>
        <source>Sessions per minute</source>
        <translation>Sessions par minute</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Heure (locale)</translation>
    </message>
    <message>
        <source>%1 % of entered</source>
        <translation>%1 % des entrées</translation>
    </message>
    <message>
        <source>sessions ended today</source>
        <translation>sessions terminées aujourd'hui</translation>
    </message>
    <message>
        <source>%1 declined</source>
        <translation>%1 refusées</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour %1</translation>
    </message>
    <message>
        <source>calls now, this console and the store</source>
        <translation>appels en cours, cette console et la base</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>La base n'a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite :</translation>
    </message>
    <message>
        <source>Serve as &amp;wallboard</source>
        <translation>Servir en &amp;tableau mural</translation>
    </message>
    <message>
        <source>Show these KPIs as a web page for the floor's screen (loopback only)</source>
        <translation>Afficher ces indicateurs sous forme de page web pour l'écran du plateau (boucle locale seulement)</translation>
    </message>
    <message>
        <source>The wallboard could not start: %1</source>
        <translation>Le tableau mural n'a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Wallboard: &lt;a href="%1"&gt;%1&lt;/a&gt;</source>
        <translation>Tableau mural : &lt;a href="%1"&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Include &amp;test calls</source>
        <translation>Inclure les appels de &amp;test</translation>
    </message>
    <message>
        <source>Count the simulator's calls too (they are kept out of the KPIs)</source>
        <translation>Compter aussi les appels du simulateur (ils sont sinon exclus des KPI)</translation>
    </message>
    <message>
        <source>Unconfirmed payments</source>
        <translation>Paiements non confirmés</translation>
    </message>
    <message>
        <source>Payments whose charge is not confirmed either way (the gateway did not answer, or the call ended while it was asked): do not charge them again until reconciliation settles them</source>
        <translation>Paiements dont le débit n'est confirmé ni dans un sens ni dans l'autre (la passerelle n'a pas répondu, ou l'appel s'est terminé pendant la demande) : ne pas les débiter à nouveau avant que le rapprochement les règle</translation>
    </message>
    <message>
        <source>submitted or unknown, any day</source>
        <translation>soumis ou inconnus, tous les jours</translation>
    </message>
    <message>
        <source>Wallboard &amp;mode</source>
        <translation>&amp;Mode tableau mural</translation>
    </message>
    <message>
        <source>These KPIs full screen, with large tiles and their thresholds; Esc leaves</source>
        <translation>Ces indicateurs en plein écran, en grandes tuiles avec leurs seuils ; Esc pour quitter</translation>
    </message>
    <message>
        <source>Click a point to list the sessions of that minute its line counts</source>
        <translation>Cliquez sur un point pour lister les sessions de cette minute comptées par sa courbe</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::LoginDialog</name>
    <message>
        <source>VoicePay: create the first admin account</source>
        <translation>VoicePay : créer le premier compte administrateur</translation>
    </message>
    <message>
        <source>VoicePay: sign in</source>
        <translation>VoicePay : connexion</translation>
    </message>
    <message>
        <source>This store has no user accounts yet. Create the first one: it is an admin, who can then add analysts, supervisors and other admins.</source>
        <translation>Cette base n'a encore aucun compte utilisateur. Créez le premier : c'est un administrateur, qui pourra ensuite ajouter des analystes, des superviseurs et d'autres administrateurs.</translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation>Connexion à %1.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Créer et se connecter</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Mot de passe : %1</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Password accepted.</source>
        <translation>Mot de passe accepté.</translation>
    </message>
    <message>
        <source>The name or the password is wrong.</source>
        <translation>Le nom ou le mot de passe est erroné.</translation>
    </message>
    <message>
        <source>An admin reset your password: choose a new one, then sign in with it.</source>
        <translation>Un administrateur a réinitialisé votre mot de passe : choisissez-en un nouveau, puis connectez-vous avec.</translation>
    </message>
    <message>
        <source>Password changed: sign in with the new one.</source>
        <translation>Mot de passe modifié : connectez-vous avec le nouveau.</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::MainWindow</name>
    <message>
        <source>VoicePay Console</source>
        <translation>Console VoicePay</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulateur</translation>
    </message>
    <message>
        <source>Prompt explorer</source>
        <translation>Explorateur d'annonces</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Gateway: %1</source>
        <translation>Passerelle : %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>&amp;Ouvrir un scénario…</translation>
    </message>
    <message>
        <source>&amp;Save call as scenario…</source>
        <translation>&amp;Enregistrer l'appel comme scénario…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About VoicePay</source>
        <translation>À &amp;propos de VoicePay</translation>
    </message>
    <message>
        <source>About VoicePay</source>
        <translation>À propos de VoicePay</translation>
    </message>
    <message>
        <source>&lt;h3&gt;VoicePay Console %1&lt;/h3&gt;&lt;p&gt;Call simulator, supervisor dashboards and configuration editor for phone card payments.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Console VoicePay %1&lt;/h3&gt;&lt;p&gt;Simulateur d'appels, tableaux de bord de supervision et éditeur de configuration pour le paiement par carte au téléphone.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The store URL is refused (%1); using %2.</source>
        <translation>L'URL de la base est refusée (%1) ; utilisation de %2.</translation>
    </message>
    <message>
        <source>Live dashboard</source>
        <translation>Tableau de bord en direct</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Store: %1 (opening)</source>
        <translation>Base : %1 (ouverture)</translation>
    </message>
    <message>
        <source>The KPI store could not be opened: %1</source>
        <translation>La base d'indicateurs n'a pas pu être ouverte : %1</translation>
    </message>
    <message>
        <source>Store: %1 (not available)</source>
        <translation>Base : %1 (non disponible)</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Base : %1</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>analyste</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>Confirm with your password</source>
        <translation>Confirmez avec votre mot de passe</translation>
    </message>
    <message>
        <source>%1

Password of %2:</source>
        <translation>%1

Mot de passe de %2 :</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Connecté : %1 (%2)</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Changer d'utilisateur</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d'audit</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Comptes utilisateurs</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Save the configuration.</source>
        <translation>Enregistrer la configuration.</translation>
    </message>
    <message>
        <source>Remove the gateway key from the keychain.</source>
        <translation>Retirer la clé de passerelle du trousseau.</translation>
    </message>
    <message>
        <source>Store the gateway key in the keychain.</source>
        <translation>Conserver la clé de passerelle dans le trousseau.</translation>
    </message>
    <message>
        <source>Only an admin may do this.</source>
        <translation>Seul un administrateur peut faire cela.</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was changed.</source>
        <translation>Non confirmé : rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The audit record could not be written: %1</source>
        <translation>L'enregistrement d'audit n'a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>C&amp;hanger d'utilisateur…</translation>
    </message>
    <message>
        <source>Store: %1 (not saving)</source>
        <translation>Base : %1 (n'enregistre pas)</translation>
    </message>
    <message>
        <source>The KPI store saves calls again.</source>
        <translation>La base d'indicateurs enregistre de nouveau les appels.</translation>
    </message>
    <message>
        <source>The call ended (%1) but is not recorded: the KPI store is not available.</source>
        <translation>L'appel s'est terminé (%1) mais n'est pas enregistré : la base d'indicateurs n'est pas disponible.</translation>
    </message>
    <message>
        <source>%1 gateway not available: %2</source>
        <translation>passerelle %1 non disponible : %2</translation>
    </message>
    <message>
        <source>Gateway: not available</source>
        <translation>Passerelle : non disponible</translation>
    </message>
    <message>
        <source>%1; calls end as a technical error before any card data is asked for</source>
        <translation>%1 ; les appels se terminent en erreur technique avant toute demande de données de carte</translation>
    </message>
    <message>
        <source>The configuration has changes that are not saved.</source>
        <translation>La configuration a des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>A simulated call is in progress; it would end.</source>
        <translation>Un appel simulé est en cours ; il prendrait fin.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Switch user anyway?</source>
        <translation>Changer d'utilisateur quand même ?</translation>
    </message>
    <message>
        <source>Quit anyway?</source>
        <translation>Quitter quand même ?</translation>
    </message>
    <message>
        <source>&amp;Help for this area</source>
        <translation>&amp;Aide sur cette zone</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Save the wallboard thresholds.</source>
        <translation>Enregistrer les seuils du tableau mural.</translation>
    </message>
    <message>
        <source>Roll the configuration back to version %1.</source>
        <translation>Restaurer la configuration à la version %1.</translation>
    </message>
    <message>
        <source>Scenario suite</source>
        <translation>Suite de scénarios</translation>
    </message>
    <message>
        <source>Scenario suite: %1 passed, %2 failed, %3 could not run.</source>
        <translation>Suite de scénarios : %1 réussis, %2 échoués, %3 non exécutables.</translation>
    </message>
    <message>
        <source>Run scenario s&amp;uite…</source>
        <translation>Lancer la s&amp;uite de scénarios…</translation>
    </message>
    <message>
        <source>Phone line</source>
        <translation>Ligne téléphonique</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::PhoneCallsModel</name>
    <message>
        <source>Agent conference</source>
        <translation>Conférence avec un conseiller</translation>
    </message>
    <message>
        <source>IVR</source>
        <translation>SVI</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>Prise d'appel</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>Type d'appel</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Étape actuelle</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::PhoneGuide</name>
    <message>
        <source>mandatory: the caller's account, such as 10001</source>
        <translation>obligatoire : le compte de l'appelant, par ex. 10001</translation>
    </message>
    <message>
        <source>mandatory: the amount due, a decimal such as 125.50</source>
        <translation>obligatoire : le montant dû, un décimal comme 125.50</translation>
    </message>
    <message>
        <source>the merchant id</source>
        <translation>l'identifiant marchand</translation>
    </message>
    <message>
        <source>the payment reference, such as INV-1001</source>
        <translation>la référence de paiement, par ex. INV-1001</translation>
    </message>
    <message>
        <source>ivr or conference</source>
        <translation>ivr ou conference</translation>
    </message>
    <message>
        <source>true or false: whether the caller is already identified</source>
        <translation>true ou false : l'appelant est-il déjà identifié</translation>
    </message>
    <message>
        <source>the prompts' language, such as de-DE</source>
        <translation>la langue des annonces, par ex. de-DE</translation>
    </message>
    <message>
        <source>Calling the phone line</source>
        <translation>Appeler la ligne téléphonique</translation>
    </message>
    <message>
        <source>Dial %1 from a softphone on this computer.</source>
        <translation>Composez %1 depuis un softphone sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The INVITE must carry the call's context in these SIP headers; a call without %1 or %2 is refused with 400 naming what is missing:</source>
        <translation>L'INVITE doit porter le contexte de l'appel dans ces en-têtes SIP ; un appel sans %1 ou %2 est refusé avec un 400 indiquant ce qui manque :</translation>
    </message>
    <message>
        <source>Debian's baresip 1.0 cannot add headers of its own: let a PBX in front add them, then dial through it</source>
        <translation>baresip 1.0 de Debian ne peut pas ajouter ses propres en-têtes : placez devant un PBX qui les ajoute, puis appelez via celui-ci</translation>
    </message>
    <message>
        <source>Debian's sip-tester sends the headers itself; a whole payment keyed as RFC 4733 events:</source>
        <translation>sip-tester de Debian envoie lui-même les en-têtes ; un paiement complet saisi en événements RFC 4733 :</translation>
    </message>
    <message>
        <source>Keys are heard as RFC 4733 events, in-band tones or SIP INFO. When the call ends, the endpoint's BYE carries the result in X-VoicePay-Result, and the session is stored like any other.</source>
        <translation>Les touches sont reçues en événements RFC 4733, en tonalités dans la bande ou en SIP INFO. À la fin de l'appel, le BYE du terminal porte le résultat dans X-VoicePay-Result, et la session est stockée comme les autres.</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::PhoneLine</name>
    <message>
        <source>The phone line program could not be started (%1).</source>
        <translation>Le programme de la ligne téléphonique n'a pas pu démarrer (%1).</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Not running (failed)</source>
        <translation>Arrêtée (échec)</translation>
    </message>
    <message>
        <source>The phone line is already running.</source>
        <translation>La ligne téléphonique est déjà en service.</translation>
    </message>
    <message>
        <source>The phone line program (voicepay-ivr) is not installed next to the console.</source>
        <translation>Le programme de la ligne téléphonique (voicepay-ivr) n'est pas installé à côté de la console.</translation>
    </message>
    <message>
        <source>%1 is not a loopback address: the phone line only answers this computer.</source>
        <translation>%1 n'est pas une adresse de bouclage : la ligne ne répond qu'à cet ordinateur.</translation>
    </message>
    <message>
        <source>Choose a port for the phone line.</source>
        <translation>Choisissez un port pour la ligne téléphonique.</translation>
    </message>
    <message>
        <source>The configuration could not be handed to the phone line: %1</source>
        <translation>La configuration n'a pas pu être transmise à la ligne téléphonique : %1</translation>
    </message>
    <message>
        <source>Starting the phone line on port %1…</source>
        <translation>Démarrage de la ligne téléphonique sur le port %1…</translation>
    </message>
    <message>
        <source>Stopping: calls in progress end as hang-ups and are stored…</source>
        <translation>Arrêt : les appels en cours finissent raccrochés et sont stockés…</translation>
    </message>
    <message>
        <source>Answering calls on %1, port %2 (%3).</source>
        <translation>Réponse aux appels sur %1, port %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>The phone line is stopped; it answered %n call(s).</source>
        <translation><numerusform>La ligne téléphonique est arrêtée ; elle a répondu à %n appel.</numerusform><numerusform>La ligne téléphonique est arrêtée ; elle a répondu à %n appels.</numerusform></translation>
    </message>
    <message>
        <source>The phone line is stopped.</source>
        <translation>La ligne téléphonique est arrêtée.</translation>
    </message>
    <message>
        <source>The phone line program ended unexpectedly (exit code %1).</source>
        <translation>Le programme de la ligne téléphonique s'est arrêté inopinément (code de sortie %1).</translation>
    </message>
    <message>
        <source>Port %1 is already in use by another program: choose another port.</source>
        <translation>Le port %1 est déjà utilisé par un autre programme : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Port %1 may not be used by the console: choose a port from 1024 up.</source>
        <translation>Le port %1 est interdit à la console : choisissez un port à partir de 1024.</translation>
    </message>
    <message>
        <source>This computer has no such address to answer calls on.</source>
        <translation>Cet ordinateur n'a pas cette adresse pour répondre aux appels.</translation>
    </message>
    <message>
        <source>The phone line cannot open the KPI store: %1</source>
        <translation>La ligne téléphonique ne peut pas ouvrir la base d'indicateurs : %1</translation>
    </message>
    <message>
        <source>The phone line stopped: %1</source>
        <translation>La ligne téléphonique s'est arrêtée : %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::PhonePanel</name>
    <message>
        <source>Phone line</source>
        <translation>Ligne téléphonique</translation>
    </message>
    <message>
        <source>Answers SIP calls on this computer with the payment flow of the current configuration; every call is stored in this console's KPI store.</source>
        <translation>Répond aux appels SIP sur cet ordinateur avec le parcours de paiement de la configuration actuelle ; chaque appel est stocké dans la base d'indicateurs de la console.</translation>
    </message>
    <message>
        <source>Calls in progress: the KPI store cannot be read (%1)</source>
        <translation>Appels en cours : la base d'indicateurs est illisible (%1)</translation>
    </message>
    <message>
        <source>127.0.0.1 (this computer)</source>
        <translation>127.0.0.1 (cet ordinateur)</translation>
    </message>
    <message>
        <source>::1 (this computer, IPv6)</source>
        <translation>::1 (cet ordinateur, IPv6)</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>UDP and TCP</source>
        <translation>UDP et TCP</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
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
        <translation><numerusform>La ligne téléphonique a %n appel en cours ; il finirait raccroché.</numerusform><numerusform>La ligne téléphonique a %n appels en cours ; ils finiraient raccrochés.</numerusform></translation>
    </message>
    <message>
        <source>The phone line is answering calls; it would stop.</source>
        <translation>La ligne téléphonique répond aux appels ; elle s'arrêterait.</translation>
    </message>
    <message>
        <source>Not answering calls. Choose a port and start the line.</source>
        <translation>Aucune réponse aux appels. Choisissez un port et démarrez la ligne.</translation>
    </message>
    <message>
        <source>No call in progress on the phone line.</source>
        <translation>Aucun appel en cours sur la ligne téléphonique.</translation>
    </message>
    <message numerus="yes">
        <source>Calls in progress on the phone line: %n</source>
        <translation><numerusform>Appel en cours sur la ligne téléphonique : %n</numerusform><numerusform>Appels en cours sur la ligne téléphonique : %n</numerusform></translation>
    </message>
</context>
<context>
    <name>voicepay::ui::PromptCatalogModel</name>
    <message>
        <source>(call)</source>
        <translation>(appel)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>played</source>
        <translation>jouée</translation>
    </message>
    <message>
        <source>never played</source>
        <translation>jamais jouée</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>Suite</translation>
    </message>
    <message>
        <source>Example text</source>
        <translation>Texte d'exemple</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::PromptExplorer</name>
    <message>
        <source>Prompt explorer</source>
        <translation>Explorateur d'annonces</translation>
    </message>
    <message>
        <source>Filter by id, step, situation, brand or text</source>
        <translation>Filtrer par identifiant, étape, situation, marque ou texte</translation>
    </message>
    <message>
        <source>Only &amp;never played</source>
        <translation>Seulement les &amp;jamais jouées</translation>
    </message>
    <message>
        <source>Scenario suite not run yet.</source>
        <translation>Suite de scénarios pas encore lancée.</translation>
    </message>
    <message>
        <source>&amp;Run scenario suite</source>
        <translation>&amp;Lancer la suite de scénarios</translation>
    </message>
    <message>
        <source>&amp;Speak this prompt</source>
        <translation>&amp;Dire cette annonce</translation>
    </message>
    <message>
        <source>Preview with %1</source>
        <translation>Aperçu avec %1</translation>
    </message>
    <message>
        <source>No speech engine is installed</source>
        <translation>Aucun moteur de synthèse vocale n'est installé</translation>
    </message>
    <message>
        <source>No scenario folder at %1: coverage unknown.</source>
        <translation>Aucun dossier de scénarios dans %1 : couverture inconnue.</translation>
    </message>
    <message>
        <source>Running the scenario suite in %1…</source>
        <translation>Exécution de la suite de scénarios dans %1…</translation>
    </message>
    <message>
        <source>%1 scenarios played %2 of %3 prompt variants; %4 never played.</source>
        <translation>%1 scénarios ont joué %2 des %3 variantes d'annonces ; %4 jamais jouées.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not run: %1</source>
        <translation>
            <numerusform>%n fichier n'a pas pu être exécuté : %1</numerusform>
            <numerusform>%n fichiers n'ont pas pu être exécutés : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Étape :</translation>
    </message>
    <message>
        <source>(call)</source>
        <translation>(appel)</translation>
    </message>
    <message>
        <source>Situation:</source>
        <translation>Situation :</translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation>Marque :</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Segments (example values):</source>
        <translation>Segments (valeurs d'exemple) :</translation>
    </message>
    <message>
        <source>%1 digits ending %2</source>
        <translation>%1 chiffres se terminant par %2</translation>
    </message>
    <message>
        <source>The scenario suite plays this variant.</source>
        <translation>La suite de scénarios joue cette variante.</translation>
    </message>
    <message>
        <source>No scenario of the suite plays this variant.</source>
        <translation>Aucun scénario de la suite ne joue cette variante.</translation>
    </message>
    <message>
        <source>&amp;Play the recording</source>
        <translation>&amp;Écouter l'enregistrement</translation>
    </message>
    <message>
        <source>Plays the prompt as the caller hears it, from %1</source>
        <translation>Joue l'annonce telle que l'appelant l'entend, depuis %1</translation>
    </message>
    <message>
        <source>No prompt set at %1 (voicepay-sim promptset makes one)</source>
        <translation>Aucun jeu d'annonces dans %1 (voicepay-sim promptset en crée un)</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::PushToTalk</name>
    <message>
        <source>No microphone on this machine: type what the caller says in the Say box.</source>
        <translation>Aucun microphone sur cette machine : tapez ce que dit l'appelant dans la case "Dire".</translation>
    </message>
    <message>
        <source>This console was built without Qt Multimedia: type what the caller says in the Say box.</source>
        <translation>Cette console a été compilée sans Qt Multimedia : tapez ce que dit l'appelant dans la case "Dire".</translation>
    </message>
    <message>
        <source>No speech recogniser: %1</source>
        <translation>Aucune reconnaissance vocale : %1</translation>
    </message>
    <message>
        <source>Hold to &amp;talk</source>
        <translation>Ma&amp;intenir pour parler</translation>
    </message>
    <message>
        <source>Hold down and speak into the microphone; release when done</source>
        <translation>Maintenez appuyé et parlez dans le microphone ; relâchez à la fin</translation>
    </message>
    <message>
        <source>the call is not waiting for a spoken answer</source>
        <translation>l'appel n'attend pas de réponse orale</translation>
    </message>
    <message>
        <source>the microphone does not record 16 kHz mono</source>
        <translation>le microphone n'enregistre pas en 16 kHz mono</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ReportExporter</name>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d'écrire %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ScenarioRecorder</name>
    <message>
        <source>Recorded in the VoicePay console.</source>
        <translation>Enregistré dans la console VoicePay.</translation>
    </message>
    <message>
        <source>NOT REPLAYABLE: card data that is not a published test value was keyed; inputs %1 are masked (written as time-outs).</source>
        <translation>NON REJOUABLE : des données de carte qui ne sont pas des valeurs de test publiées ont été saisies ; les entrées %1 sont masquées (écrites comme délais dépassés).</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ScenarioSuitePage</name>
    <message>
        <source>Scenario suite</source>
        <translation>Suite de scénarios</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>Choose the folder of scenario files (*.json)</source>
        <translation>Choisissez le dossier des fichiers de scénario (*.json)</translation>
    </message>
    <message>
        <source>C&amp;hoose folder…</source>
        <translation>C&amp;hoisir le dossier…</translation>
    </message>
    <message>
        <source>&amp;Run scenario suite</source>
        <translation>&amp;Lancer la suite de scénarios</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Pas encore lancée.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>First difference</source>
        <translation>Première différence</translation>
    </message>
    <message>
        <source>Scenario folder</source>
        <translation>Dossier de scénarios</translation>
    </message>
    <message>
        <source>Choose a scenario folder first.</source>
        <translation>Choisissez d'abord un dossier de scénarios.</translation>
    </message>
    <message>
        <source>No scenario files (*.json) in %1.</source>
        <translation>Aucun fichier de scénario (*.json) dans %1.</translation>
    </message>
    <message>
        <source>Running the scenario suite in %1…</source>
        <translation>Exécution de la suite de scénarios dans %1…</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 could not run.</source>
        <translation>%1 réussis, %2 échoués, %3 non exécutables.</translation>
    </message>
    <message>
        <source>Flow coverage: %1 of %2 steps and outcomes, %3 of %4 transitions, %5 of %6 prompt variants.</source>
        <translation>Couverture du parcours : %1 sur %2 étapes et issues, %3 sur %4 transitions, %5 sur %6 variantes d'annonces.</translation>
    </message>
    <message>
        <source>Never visited: %1</source>
        <translation>Jamais atteintes : %1</translation>
    </message>
    <message>
        <source>Never taken: %1</source>
        <translation>Jamais empruntées : %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::SessionBrowser</name>
    <message>
        <source>Call started</source>
        <translation>Appel commencé</translation>
    </message>
    <message>
        <source>Step entered</source>
        <translation>Étape commencée</translation>
    </message>
    <message>
        <source>Input refused</source>
        <translation>Saisie refusée</translation>
    </message>
    <message>
        <source>Input accepted</source>
        <translation>Saisie acceptée</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Sent to the gateway</source>
        <translation>Envoyé à la passerelle</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Gateway error</source>
        <translation>Erreur de la passerelle</translation>
    </message>
    <message>
        <source>Caller hung up</source>
        <translation>L’appelant a raccroché</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Appel terminé</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Durée (s)</translation>
    </message>
    <message>
        <source>Replay position</source>
        <translation>Position de relecture</translation>
    </message>
    <message>
        <source>Replay:</source>
        <translation>Relecture :</translation>
    </message>
    <message>
        <source>Reading sessions…</source>
        <translation>Lecture des sessions…</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>La base n'a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>Session %1 · %2 · site %3 · configuration %4</source>
        <translation>Session %1 · %2 · site %3 · configuration %4</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>%1 submission(s), %2 decline(s) %3</source>
        <translation>%1 soumission(s), %2 refus %3</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>Terminé à</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Prompts at the replay position</source>
        <translation>Annonces à la position de relecture</translation>
    </message>
    <message>
        <source>Transfer context</source>
        <translation>Contexte de transfert</translation>
    </message>
    <message>
        <source>Step reached</source>
        <translation>Étape atteinte</translation>
    </message>
    <message>
        <source>Decline codes</source>
        <translation>Codes de refus</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Référence de paiement</translation>
    </message>
    <message>
        <source>→ authorise %1 %2, card %3, invoice %4</source>
        <translation>→ autoriser %1 %2, carte %3, facture %4</translation>
    </message>
    <message>
        <source>(masked)</source>
        <translation>(masqué)</translation>
    </message>
    <message>
        <source>← approved, transaction %1</source>
        <translation>← accepté, transaction %1</translation>
    </message>
    <message>
        <source>← declined: %1</source>
        <translation>← refusé : %1</translation>
    </message>
    <message>
        <source>← error: %1</source>
        <translation>← erreur : %1</translation>
    </message>
    <message>
        <source>Gateway exchange</source>
        <translation>Échange avec la passerelle</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Annonces</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1 : « %2 »</translation>
    </message>
    <message>
        <source>Sort by start, outcome or duration: click the column</source>
        <translation>Trier par début, issue ou durée : cliquez sur la colonne</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation><numerusform>%n session</numerusform><numerusform>%n sessions</numerusform></translation>
    </message>
    <message>
        <source>more than %1 sessions</source>
        <translation>plus de %1 sessions</translation>
    </message>
    <message>
        <source>%1 · showing %2–%3 · page %4</source>
        <translation>%1 · affichage %2–%3 · page %4</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::SessionSearchBar</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Card brand</source>
        <translation>Marque de carte</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Référence de paiement</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>Identifiant de session</translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation>Identifiant de transaction</translation>
    </message>
    <message>
        <source>Last four</source>
        <translation>4 derniers chiffres</translation>
    </message>
    <message>
        <source>Exact value, then Enter</source>
        <translation>Valeur exacte, puis Entrée</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Clear the step filter</source>
        <translation>Effacer le filtre d'étape</translation>
    </message>
    <message>
        <source>&amp;Unconfirmed payments only</source>
        <translation>Paiements non &amp;confirmés seulement</translation>
    </message>
    <message>
        <source>The sessions whose charge is not confirmed either way until reconciliation settles it (payment journal: submitted or unknown)</source>
        <translation>Les sessions dont le débit n'est confirmé dans aucun sens tant que le rapprochement ne l'a pas tranché (journal des paiements : soumis ou inconnu)</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>365 derniers jours</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Toutes les issues</translation>
    </message>
    <message>
        <source>Unsuccessful (declined or failed)</source>
        <translation>Non abouties (refusées ou échouées)</translation>
    </message>
    <message>
        <source>All exits</source>
        <translation>Toutes les sorties</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>Toutes les marques</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Reached: %1</source>
        <translation>Atteinte : %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::SimulatorPage</name>
    <message>
        <source>DTMF clamp on: the agent no longer hears the caller's keys</source>
        <translation>Blocage DTMF actif : le conseiller n'entend plus les touches de l'appelant</translation>
    </message>
    <message>
        <source>DTMF clamp off</source>
        <translation>Blocage DTMF inactif</translation>
    </message>
    <message>
        <source>payment submitted</source>
        <translation>paiement soumis</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Nouvel appel</translation>
    </message>
    <message>
        <source>&amp;Start call</source>
        <translation>&amp;Démarrer l'appel</translation>
    </message>
    <message>
        <source>The call cannot start</source>
        <translation>L'appel ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Caller's phone</source>
        <translation>Téléphone de l'appelant</translation>
    </message>
    <message>
        <source>Say something, e.g. "yes" or "twenty dollars"</source>
        <translation>Dites quelque chose, par exemple "oui" ou "vingt dollars"</translation>
    </message>
    <message>
        <source>Sa&amp;y</source>
        <translation>&amp;Dire</translation>
    </message>
    <message>
        <source>&amp;No input</source>
        <translation>&amp;Pas de réponse</translation>
    </message>
    <message>
        <source>Let the question time out now</source>
        <translation>Laisser la question expirer maintenant</translation>
    </message>
    <message>
        <source>&amp;Hang up</source>
        <translation>&amp;Raccrocher</translation>
    </message>
    <message>
        <source>time-out in %vs</source>
        <translation>expiration dans %vs</translation>
    </message>
    <message>
        <source>Test-card kit</source>
        <translation>Kit de cartes de test</translation>
    </message>
    <message>
        <source>&amp;Key it in for this question</source>
        <translation>&amp;Le saisir pour cette question</translation>
    </message>
    <message>
        <source>Keys the card number, expiry, security code or demo PIN the current question asks for</source>
        <translation>Saisit le numéro de carte, la date d'expiration, le code de sécurité ou le code de démonstration que demande la question en cours</translation>
    </message>
    <message>
        <source>Next &amp;input</source>
        <translation>Entrée &amp;suivante</translation>
    </message>
    <message>
        <source>Replay &amp;all</source>
        <translation>Tout re&amp;jouer</translation>
    </message>
    <message>
        <source>Replays the opened scenario one caller input at a time</source>
        <translation>Rejoue le scénario ouvert une entrée de l'appelant à la fois</translation>
    </message>
    <message>
        <source>Speak &amp;prompts</source>
        <translation>Dire les &amp;annonces</translation>
    </message>
    <message>
        <source>Speaks each prompt with %1</source>
        <translation>Dit chaque annonce avec %1</translation>
    </message>
    <message>
        <source>No speech engine is installed: prompts are shown only</source>
        <translation>Aucun moteur de synthèse vocale n'est installé : les annonces sont seulement affichées</translation>
    </message>
    <message>
        <source>Double-click a prompt to hear it</source>
        <translation>Double-cliquez sur une annonce pour l'entendre</translation>
    </message>
    <message>
        <source>Agent's screen (conference)</source>
        <translation>Écran du conseiller (conférence)</translation>
    </message>
    <message>
        <source>The agent sees how many digits were keyed, the brand and the Luhn check; never the digits.</source>
        <translation>Le conseiller voit combien de chiffres ont été saisis, la marque et le contrôle de Luhn ; jamais les chiffres.</translation>
    </message>
    <message>
        <source>The scenario's configuration is refused: %1</source>
        <translation>La configuration du scénario est refusée : %1</translation>
    </message>
    <message>
        <source>%1 started (session %2)</source>
        <translation>%1 démarré (session %2)</translation>
    </message>
    <message>
        <source>Conference call</source>
        <translation>Appel en conférence</translation>
    </message>
    <message>
        <source>IVR call</source>
        <translation>Appel SVI</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — exit: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — sortie : %2</translation>
    </message>
    <message>
        <source>amount %1 %2</source>
        <translation>montant %1 %2</translation>
    </message>
    <message>
        <source>transaction %1</source>
        <translation>transaction %1</translation>
    </message>
    <message>
        <source>attempts %1, declines %2</source>
        <translation>tentatives %1, refus %2</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>motif : %1</translation>
    </message>
    <message>
        <source>transfer context: step %1, %2</source>
        <translation>contexte de transfert : étape %1, %2</translation>
    </message>
    <message>
        <source>call ended: %1</source>
        <translation>appel terminé : %1</translation>
    </message>
    <message>
        <source>Replay: input %1 of %2</source>
        <translation>Relecture : entrée %1 sur %2</translation>
    </message>
    <message>
        <source>No call yet: set up a call and press Start</source>
        <translation>Pas encore d'appel : préparez un appel et appuyez sur Démarrer</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Appel terminé</translation>
    </message>
    <message>
        <source>Authorizing the payment…</source>
        <translation>Autorisation du paiement…</translation>
    </message>
    <message>
        <source>Asking: %1 (attempt %2)</source>
        <translation>Question : %1 (tentative %2)</translation>
    </message>
    <message>
        <source>waiting (no time-out while replaying)</source>
        <translation>en attente (pas de délai pendant la relecture)</translation>
    </message>
    <message>
        <source>no question</source>
        <translation>pas de question</translation>
    </message>
    <message>
        <source>The kit has nothing to key for this question.</source>
        <translation>Le kit n'a rien à saisir pour cette question.</translation>
    </message>
    <message>
        <source>Only a finished call can be saved.</source>
        <translation>Seul un appel terminé peut être enregistré.</translation>
    </message>
    <message>
        <source>Save call as scenario</source>
        <translation>Enregistrer l'appel comme scénario</translation>
    </message>
    <message>
        <source>Finish a call first: only a finished call can be saved.</source>
        <translation>Terminez d'abord un appel : seul un appel terminé peut être enregistré.</translation>
    </message>
    <message>
        <source>Card data was keyed that is not one of the kit's published test cards. It is never written to a file: those inputs will be saved as time-outs and the scenario marked as not replayable.

Use the test-card kit to record a scenario that replays.</source>
        <translation>Des données de carte ont été saisies qui ne font pas partie des cartes de test publiées du kit. Elles ne sont jamais écrites dans un fichier : ces entrées seront enregistrées comme délais dépassés et le scénario marqué comme non rejouable.

Utilisez le kit de cartes de test pour enregistrer un scénario rejouable.</translation>
    </message>
    <message>
        <source>The scenario will contain the keys pressed, including the published test card values of the kit, so that `voicepay-sim run` can replay it.</source>
        <translation>Le scénario contiendra les touches appuyées, y compris les valeurs des cartes de test publiées du kit, afin que `voicepay-sim run` puisse le rejouer.</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>Fichiers de scénario (*.json)</translation>
    </message>
    <message>
        <source>Scenario saved to %1</source>
        <translation>Scénario enregistré dans %1</translation>
    </message>
    <message>
        <source>Scenario %1 opened: %2 inputs to replay</source>
        <translation>Scénario %1 ouvert : %2 entrées à rejouer</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>carte %1</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::SiteFilterBox</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Show one site of the store, or all of them</source>
        <translation>Afficher un site de la base, ou tous</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>(no site)</source>
        <translation>(pas de site)</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::TestCardKit</name>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>cards[%1]: needs an id, a number of 12 to 19 digits, an MMYY expiry and a 3 or 4 digit code</source>
        <translation>cards[%1] : il faut un identifiant, un numéro de 12 à 19 chiffres, une expiration MMAA et un code de 3 ou 4 chiffres</translation>
    </message>
    <message>
        <source>demoPins.%1: must be 4 to 8 digits</source>
        <translation>demoPins.%1 : doit compter de 4 à 8 chiffres</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::ThresholdsForm</name>
    <message>
        <source>Wallboard thresholds</source>
        <translation>Seuils du tableau mural</translation>
    </message>
    <message>
        <source> / min</source>
        <translation> / min</translation>
    </message>
    <message>
        <source>Success rate amber below</source>
        <translation>Taux de réussite orange sous</translation>
    </message>
    <message>
        <source>Success rate red below</source>
        <translation>Taux de réussite rouge sous</translation>
    </message>
    <message>
        <source>Hang-ups amber above</source>
        <translation>Raccrochés orange au-dessus de</translation>
    </message>
    <message>
        <source>Hang-ups red above</source>
        <translation>Raccrochés rouge au-dessus de</translation>
    </message>
    <message>
        <source>Technical errors amber above</source>
        <translation>Erreurs techniques orange au-dessus de</translation>
    </message>
    <message>
        <source>Technical errors red above</source>
        <translation>Erreurs techniques rouge au-dessus de</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Per-minute average over</source>
        <translation>Moyenne par minute sur</translation>
    </message>
    <message>
        <source>Save &amp;thresholds</source>
        <translation>Enregistrer les &amp;seuils</translation>
    </message>
    <message>
        <source>The thresholds file could not be used (%1); the defaults are in effect.</source>
        <translation>Le fichier des seuils est inutilisable (%1) ; les valeurs par défaut s'appliquent.</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was saved.</source>
        <translation>Non confirmé : rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>The audit record could not be written: nothing was saved.</source>
        <translation>L'enregistrement d'audit n'a pas pu être écrit : rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>Wallboard thresholds saved.</source>
        <translation>Seuils du tableau mural enregistrés.</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::TimeDisplay</name>
    <message>
        <source>Times in &amp;UTC</source>
        <translation>Heures en &amp;UTC</translation>
    </message>
    <message>
        <source>Show the sessions' and reports' times in UTC instead of local time</source>
        <translation>Afficher les heures des sessions et des rapports en UTC plutôt qu’en heure locale</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::TranscriptModel</name>
    <message>
        <source>IVR</source>
        <translation>SVI</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Temps (s)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::UserAccountsPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ôle :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Ajouter le compte</translation>
    </message>
    <message>
        <source>&amp;Change role of selected</source>
        <translation>&amp;Changer le rôle de la sélection</translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation>Su&amp;pprimer la sélection</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>Compte %1 ajouté.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 est maintenant %2.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove the account %1?</source>
        <translation>Supprimer le compte %1 ?</translation>
    </message>
    <message>
        <source>Account %1 removed.</source>
        <translation>Compte %1 supprimé.</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Comptes utilisateurs</translation>
    </message>
    <message>
        <source>locked until %1 UTC</source>
        <translation>verrouillé jusqu'à %1 UTC</translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s)</source>
        <translation>
            <numerusform>%n tentative échouée</numerusform>
            <numerusform>%n tentatives échouées</numerusform>
        </translation>
    </message>
    <message>
        <source>You cannot remove the account you are signed in with.</source>
        <translation>Vous ne pouvez pas supprimer le compte avec lequel vous êtes connecté.</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was changed.</source>
        <translation>Non confirmé : rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Add the account %1 (%2).</source>
        <translation>Ajouter le compte %1 (%2).</translation>
    </message>
    <message>
        <source>Remove the account %1.</source>
        <translation>Supprimer le compte %1.</translation>
    </message>
    <message>
        <source>Give %1 the role %2.</source>
        <translation>Donner à %1 le rôle %2.</translation>
    </message>
    <message>
        <source>for a new account or a reset</source>
        <translation>pour un nouveau compte ou une réinitialisation</translation>
    </message>
    <message>
        <source>&amp;Unlock selected</source>
        <translation>&amp;Déverrouiller la sélection</translation>
    </message>
    <message>
        <source>Re&amp;set password of selected</source>
        <translation>&amp;Réinitialiser le mot de passe de la sélection</translation>
    </message>
    <message>
        <source>The Password field becomes the account's temporary password: its user must choose a new one at the next sign-in.</source>
        <translation>Le champ Mot de passe devient le mot de passe temporaire du compte : son utilisateur doit en choisir un nouveau à la prochaine connexion.</translation>
    </message>
    <message>
        <source>Account %1 unlocked.</source>
        <translation>Compte %1 déverrouillé.</translation>
    </message>
    <message>
        <source>The password of %1 was reset: they choose a new one at their next sign-in.</source>
        <translation>Le mot de passe de %1 a été réinitialisé : il faudra en choisir un nouveau à la prochaine connexion.</translation>
    </message>
    <message>
        <source>must choose a new password</source>
        <translation>doit choisir un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Unlock the account %1.</source>
        <translation>Déverrouiller le compte %1.</translation>
    </message>
    <message>
        <source>Reset the password of %1.</source>
        <translation>Réinitialiser le mot de passe de %1.</translation>
    </message>
</context>
<context>
    <name>voicepay::ui::WallboardMode</name>
    <message>
        <source>VoicePay wallboard</source>
        <translation>Tableau mural VoicePay</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Unsuccessful</source>
        <translation>Non abouties</translation>
    </message>
    <message>
        <source>Hang-ups per minute</source>
        <translation>Raccrochés par minute</translation>
    </message>
    <message>
        <source>Technical errors per minute</source>
        <translation>Erreurs techniques par minute</translation>
    </message>
    <message>
        <source>Esc leaves the wallboard</source>
        <translation>Esc pour quitter le tableau mural</translation>
    </message>
</context>
</TS>
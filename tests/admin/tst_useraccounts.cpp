#include "admin/passwordhash.h"
#include "admin/useraccounts.h"
#include "admindatabase.h"

#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace voicepay;

namespace {
const QString adminPassword = QStringLiteral("admin-pass-2026");
const QString analystPassword = QStringLiteral("analyst-pass-2026");
} // namespace

class TestUserAccounts : public QObject
{
    Q_OBJECT

private slots:
    void firstAccount_mustBeAdmin_data() { addBackendRows(); }
    void firstAccount_mustBeAdmin();
    void logIn_givesTheRole_data() { addBackendRows(); }
    void logIn_givesTheRole();
    void repeatedFailures_lockTheAccount_data() { addBackendRows(); }
    void repeatedFailures_lockTheAccount();
    void onlyAdmins_changeAccounts_data() { addBackendRows(); }
    void onlyAdmins_changeAccounts();
    void everyChange_isAudited_data() { addBackendRows(); }
    void everyChange_isAudited();
    void passwords_areNeverStoredOrAudited();
    void unknownWrongAndLocked_costAndSayTheSame();
    void concurrentGuesses_areEachCounted();
    void counterThatCannotBeWritten_refusesSignIn();
    void earlierHash_isReplacedAtSignIn();
    void failedAuditWrite_failsTheChange();
};

void TestUserAccounts::firstAccount_mustBeAdmin()
{
    ADMIN_DATABASE_FOR_ROW(d)
    AuditLog audit = d.auditLog();
    UserAccounts users(d.db(), audit);
    QVERIFY(users.isEmpty());
    QString error;
    QVERIFY(!users.addUser(QString(), QStringLiteral("ann"), Role::Analyst, analystPassword, 1, &error));
    QVERIFY(error.contains(QStringLiteral("admin")));
    QVERIFY2(users.addUser(QString(), QStringLiteral("ada"), Role::Admin, adminPassword, 2, &error),
        qPrintable(error));
    QVERIFY(!users.isEmpty());
    QVERIFY(!users.addUser(
        QStringLiteral("ada"), QStringLiteral("bob"), Role::Analyst, QStringLiteral("short"), 3, &error));
    QVERIFY(error.contains(QStringLiteral("password")));
    QVERIFY(!users.addUser(
        QStringLiteral("ada"), QStringLiteral("b b"), Role::Analyst, analystPassword, 3, &error));
}

void TestUserAccounts::logIn_givesTheRole()
{
    ADMIN_DATABASE_FOR_ROW(d)
    AuditLog audit = d.auditLog();
    UserAccounts users(d.db(), audit);
    QString error;
    QVERIFY(users.addUser(QString(), QStringLiteral("ada"), Role::Admin, adminPassword, 1, &error));
    QVERIFY2(users.addUser(
                 QStringLiteral("ada"), QStringLiteral("sam"), Role::Supervisor, analystPassword, 2, &error),
        qPrintable(error));
    AuthResult r = users.authenticate(QStringLiteral("sam"), analystPassword, 3);
    QVERIFY(r.ok());
    QCOMPARE(r.role, std::optional<Role>(Role::Supervisor));
    r = users.authenticate(QStringLiteral("sam"), adminPassword, 4);
    QCOMPARE(r.status, AuthResult::Status::WrongPassword);
    const AuthResult unknown = users.authenticate(QStringLiteral("nobody"), adminPassword, 5);
    QCOMPARE(unknown.status, AuthResult::Status::UnknownUser);
    QCOMPARE(unknown.message, r.message); // the message does not tell which names exist
}

void TestUserAccounts::repeatedFailures_lockTheAccount()
{
    ADMIN_DATABASE_FOR_ROW(d)
    AuditLog audit = d.auditLog();
    UserAccounts users(d.db(), audit);
    QString error;
    QVERIFY(users.addUser(QString(), QStringLiteral("ada"), Role::Admin, adminPassword, 1, &error));
    qint64 now = 1000;
    for (int i = 1; i < UserAccounts::maxFailures; ++i) {
        QCOMPARE(users.authenticate(QStringLiteral("ada"), QStringLiteral("wrong-%1").arg(i), ++now).status,
            AuthResult::Status::WrongPassword);
    }
    const AuthResult locked = users.authenticate(QStringLiteral("ada"), QStringLiteral("wrong-last"), ++now);
    QCOMPARE(locked.status, AuthResult::Status::Locked);
    // Even the right password is refused while locked...
    QCOMPARE(users.authenticate(QStringLiteral("ada"), adminPassword, now + 1000).status,
        AuthResult::Status::Locked);
    // ...and accepted once the lock-out has passed.
    QVERIFY(users.authenticate(QStringLiteral("ada"), adminPassword, now + UserAccounts::lockoutMs + 1).ok());
    QCOMPARE(users.find(QStringLiteral("ada"))->failedAttempts, 0);
}

void TestUserAccounts::onlyAdmins_changeAccounts()
{
    ADMIN_DATABASE_FOR_ROW(d)
    AuditLog audit = d.auditLog();
    UserAccounts users(d.db(), audit);
    QString error;
    QVERIFY(users.addUser(QString(), QStringLiteral("ada"), Role::Admin, adminPassword, 1, &error));
    QVERIFY(users.addUser(
        QStringLiteral("ada"), QStringLiteral("sam"), Role::Supervisor, analystPassword, 2, &error));
    QVERIFY(!users.addUser(
        QStringLiteral("sam"), QStringLiteral("eve"), Role::Admin, analystPassword, 3, &error));
    QVERIFY(!users.setRole(QStringLiteral("sam"), QStringLiteral("sam"), Role::Admin, 4, &error));
    QVERIFY(!users.removeUser(QStringLiteral("sam"), QStringLiteral("ada"), 5, &error));
    QVERIFY(!users.removeUser(QStringLiteral("ada"), QStringLiteral("ada"), 6, &error));
    QVERIFY(!users.setRole(QStringLiteral("ada"), QStringLiteral("ada"), Role::Analyst, 7, &error));
    QVERIFY2(users.setRole(QStringLiteral("ada"), QStringLiteral("sam"), Role::Analyst, 8, &error),
        qPrintable(error));
    QCOMPARE(users.find(QStringLiteral("sam"))->role, Role::Analyst);
    QVERIFY2(users.removeUser(QStringLiteral("ada"), QStringLiteral("sam"), 9, &error), qPrintable(error));
    QVERIFY(!users.find(QStringLiteral("sam")));
    QVERIFY(
        !users.addUser(QStringLiteral("ada"), QStringLiteral("ada"), Role::Admin, adminPassword, 10, &error));
}

void TestUserAccounts::everyChange_isAudited()
{
    ADMIN_DATABASE_FOR_ROW(d)
    AuditLog audit = d.auditLog();
    UserAccounts users(d.db(), audit);
    QString error;
    users.addUser(QString(), QStringLiteral("ada"), Role::Admin, adminPassword, 1, &error);
    users.addUser(QStringLiteral("ada"), QStringLiteral("sam"), Role::Supervisor, analystPassword, 2, &error);
    users.authenticate(QStringLiteral("sam"), QStringLiteral("not-it-123"), 3);
    users.addUser(QStringLiteral("sam"), QStringLiteral("eve"), Role::Admin, analystPassword, 4, &error);
    users.setRole(QStringLiteral("ada"), QStringLiteral("sam"), Role::Analyst, 5, &error);
    users.removeUser(QStringLiteral("ada"), QStringLiteral("sam"), 6, &error);
    QStringList seen;
    for (const AuditRecord& r : audit.records()) {
        seen << r.action + QLatin1Char('/') + r.result + QLatin1Char('/') + r.actor;
    }
    QCOMPARE(seen,
        (QStringList { "user_added/ok/ada", "user_added/ok/ada", "login_failed/refused/sam",
            "user_added/refused/sam", "role_changed/ok/ada", "user_removed/ok/ada" }));
    QVERIFY(audit.verify().ok);
}

void TestUserAccounts::passwords_areNeverStoredOrAudited()
{
    ADMIN_DATABASE_ON_SQLITE(d)
    AuditLog audit = d.auditLog();
    UserAccounts users(d.db(), audit);
    QString error;
    users.addUser(QString(), QStringLiteral("ada"), Role::Admin, adminPassword, 1, &error);
    users.authenticate(QStringLiteral("ada"), QStringLiteral("typo-password-1"), 2);
    d.connection.reset();
    for (const QFileInfo& f : QDir(d.dir.path()).entryInfoList(QDir::Files)) {
        QFile file(f.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(adminPassword.toUtf8()), qPrintable(f.fileName()));
        QVERIFY2(!bytes.contains("typo-password-1"), qPrintable(f.fileName()));
    }
}

void TestUserAccounts::unknownWrongAndLocked_costAndSayTheSame()
{
    ADMIN_DATABASE_ON_SQLITE(d)
    AuditLog audit = d.auditLog();
    UserAccounts users(d.db(), audit);
    QString error;
    QVERIFY(users.addUser(QString(), QStringLiteral("ada"), Role::Admin, adminPassword, 1, &error));
    auto attempt = [&](const QString& name, const QString& password, qint64 now) {
        const quint64 before = PasswordHash::derivations();
        const AuthResult r = users.authenticate(name, password, now);
        return std::make_pair(r, PasswordHash::derivations() - before);
    };
    const auto unknown = attempt(QStringLiteral("nobody"), adminPassword, 2);
    const auto wrong = attempt(QStringLiteral("ada"), QStringLiteral("wrong-password-1"), 3);
    for (int i = 0; i < UserAccounts::maxFailures; ++i) {
        users.authenticate(QStringLiteral("ada"), QStringLiteral("wrong-password-1"), 4);
    }
    const auto locked = attempt(QStringLiteral("ada"), adminPassword, 5);
    QCOMPARE(locked.first.status, AuthResult::Status::Locked);
    // One slow derivation each, whether the name exists, the password is wrong or the account is locked...
    QCOMPARE(unknown.second, 1u);
    QCOMPARE(wrong.second, 1u);
    QCOMPARE(locked.second, 1u);
    // ...and one message that names neither.
    QCOMPARE(unknown.first.message, wrong.first.message);
    QCOMPARE(locked.first.message, wrong.first.message);
    QVERIFY(!locked.first.message.contains(QStringLiteral("ada")));
}

void TestUserAccounts::concurrentGuesses_areEachCounted()
{
    ADMIN_DATABASE_ON_SQLITE(d)
    {
        AuditLog audit = d.auditLog();
        UserAccounts users(d.db(), audit);
        QString error;
        QVERIFY(users.addUser(QString(), QStringLiteral("ada"), Role::Admin, adminPassword, 1, &error));
    }
    // Two guesses at the same moment, on two connections: both read the counter before either writes it.
    const QString url = QStringLiteral("sqlite:") + d.dir.filePath(QStringLiteral("admin.sqlite"));
    QSemaphore ready;
    QSemaphore go;
    auto guess = [&](int n) {
        return QThread::create([&, n] {
            QString why;
            StoreConnection c(*StoreUrl::parse(url, &why), QStringLiteral("guess-%1").arg(n));
            if (!c.open(&why)) {
                ready.release();
                return;
            }
            AuditLog audit(c.database(), AdminDatabase::key(), d.head());
            UserAccounts users(c.database(), audit);
            ready.release();
            go.acquire();
            users.authenticate(QStringLiteral("ada"), QStringLiteral("wrong-guess-%1").arg(n), 10);
        });
    };
    std::unique_ptr<QThread> a(guess(1));
    std::unique_ptr<QThread> b(guess(2));
    a->start();
    b->start();
    ready.acquire(2);
    go.release(2);
    QVERIFY(a->wait(60000) && b->wait(60000));
    AuditLog audit = d.auditLog();
    UserAccounts users(d.db(), audit);
    QCOMPARE(users.find(QStringLiteral("ada"))->failedAttempts, 2);
    QVERIFY(audit.verify().ok);
}

void TestUserAccounts::counterThatCannotBeWritten_refusesSignIn()
{
    ADMIN_DATABASE_ON_SQLITE(d)
    AuditLog audit = d.auditLog();
    UserAccounts users(d.db(), audit);
    QString error;
    QVERIFY(users.addUser(QString(), QStringLiteral("ada"), Role::Admin, adminPassword, 1, &error));
    QSqlQuery q(d.db());
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER users_frozen BEFORE UPDATE ON users BEGIN "
                                  "SELECT RAISE(ABORT, 'read-only'); END")));
    // The right password, but the counter cannot be reset: fail closed.
    QVERIFY(!users.authenticate(QStringLiteral("ada"), adminPassword, 2).ok());
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER users_frozen")));
    QVERIFY(users.authenticate(QStringLiteral("ada"), adminPassword, 3).ok());
}

void TestUserAccounts::earlierHash_isReplacedAtSignIn()
{
    ADMIN_DATABASE_ON_SQLITE(d)
    AuditLog audit = d.auditLog();
    UserAccounts users(d.db(), audit);
    QString error;
    QVERIFY(users.addUser(QString(), QStringLiteral("ada"), Role::Admin, adminPassword, 1, &error));
    QSqlQuery q(d.db());
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE name = 'ada'"));
    q.addBindValue(PasswordHash::createPbkdf2(adminPassword, 1000));
    QVERIFY(q.exec());
    auto stored = [&] {
        QSqlQuery s(d.db());
        s.exec(QStringLiteral("SELECT password_hash FROM users WHERE name = 'ada'"));
        return s.next() ? s.value(0).toString() : QString();
    };
    QVERIFY(stored().startsWith(QStringLiteral("pbkdf2-sha256$")));
    QVERIFY(!users.authenticate(QStringLiteral("ada"), QStringLiteral("wrong-password-1"), 2).ok());
    QVERIFY(stored().startsWith(QStringLiteral("pbkdf2-sha256$"))); // only a successful sign-in rehashes
    QVERIFY(users.authenticate(QStringLiteral("ada"), adminPassword, 3).ok());
    QVERIFY2(stored().startsWith(QStringLiteral("$argon2id$")), qPrintable(stored()));
    QVERIFY(users.authenticate(QStringLiteral("ada"), adminPassword, 4).ok());
}

void TestUserAccounts::failedAuditWrite_failsTheChange()
{
    ADMIN_DATABASE_ON_SQLITE(d)
    {
        AuditLog keyless(d.db(), QByteArray(), d.head());
        UserAccounts users(d.db(), keyless);
        QString error;
        QVERIFY(!users.addUser(QString(), QStringLiteral("ada"), Role::Admin, adminPassword, 1, &error));
        QVERIFY2(error.contains(QStringLiteral("audit")), qPrintable(error));
        QVERIFY(users.isEmpty());
    }
    AuditLog audit = d.auditLog();
    UserAccounts users(d.db(), audit);
    QString error;
    QVERIFY(users.addUser(QString(), QStringLiteral("ada"), Role::Admin, adminPassword, 2, &error));
    QVERIFY(users.addUser(
        QStringLiteral("ada"), QStringLiteral("sam"), Role::Analyst, analystPassword, 3, &error));
    QSqlQuery q(d.db());
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER audit_full BEFORE INSERT ON audit_log BEGIN "
                                  "SELECT RAISE(ABORT, 'full'); END")));
    QVERIFY(!users.setRole(QStringLiteral("ada"), QStringLiteral("sam"), Role::Admin, 4, &error));
    QCOMPARE(users.find(QStringLiteral("sam"))->role, Role::Analyst);
    QVERIFY(!users.removeUser(QStringLiteral("ada"), QStringLiteral("sam"), 5, &error));
    QVERIFY(users.find(QStringLiteral("sam")));
    // A sign-in that cannot be recorded does not happen either.
    QVERIFY(!users.authenticate(QStringLiteral("ada"), adminPassword, 6).ok());
}

QTEST_GUILESS_MAIN(TestUserAccounts)
#include "tst_useraccounts.moc"

#include "admin/useraccounts.h"
#include "admindatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace voicepay;

namespace {
const QString adminPassword = QStringLiteral("admin-pass-2026");
const QString analystPassword = QStringLiteral("analyst-pass-2026");
constexpr int fastHash = 1000; // the production count is checked in tst_passwordhash
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
};

#define OPEN_OR_SKIP(d)                                                                                      \
    QFETCH(QString, backend);                                                                                \
    AdminDatabase d;                                                                                         \
    {                                                                                                        \
        QString skip;                                                                                        \
        if (!d.open(backend, &skip)) {                                                                       \
            QVERIFY2(backend != u"sqlite", qPrintable(skip));                                                \
            QSKIP(qPrintable(skip));                                                                         \
        }                                                                                                    \
    }

void TestUserAccounts::firstAccount_mustBeAdmin()
{
    OPEN_OR_SKIP(d)
    AuditLog audit(d.db());
    UserAccounts users(d.db(), audit, fastHash);
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
    OPEN_OR_SKIP(d)
    AuditLog audit(d.db());
    UserAccounts users(d.db(), audit, fastHash);
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
    OPEN_OR_SKIP(d)
    AuditLog audit(d.db());
    UserAccounts users(d.db(), audit, fastHash);
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
    OPEN_OR_SKIP(d)
    AuditLog audit(d.db());
    UserAccounts users(d.db(), audit, fastHash);
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
    OPEN_OR_SKIP(d)
    AuditLog audit(d.db());
    UserAccounts users(d.db(), audit, fastHash);
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
    AdminDatabase d;
    QString skip;
    QVERIFY2(d.open(QStringLiteral("sqlite"), &skip), qPrintable(skip));
    AuditLog audit(d.db());
    UserAccounts users(d.db(), audit, fastHash);
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

QTEST_GUILESS_MAIN(TestUserAccounts)
#include "tst_useraccounts.moc"

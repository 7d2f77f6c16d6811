#include "admin/adminschema.h"
#include "admin/useraccounts.h"
#include "admindatabase.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace voicepay;

namespace {
const QString adminPassword = QStringLiteral("admin-pass-2026");
const QString samPassword = QStringLiteral("sam-password-2026");
const QString temporaryPassword = QStringLiteral("temporary-pass-77");
const QString newPassword = QStringLiteral("sams-own-choice-9");

// ada (admin), sam (supervisor) and ann (analyst).
void addAccounts(UserAccounts& users)
{
    QString error;
    QVERIFY(users.addUser(QString(), QStringLiteral("ada"), Role::Admin, adminPassword, 1, &error));
    QVERIFY(users.addUser(
        QStringLiteral("ada"), QStringLiteral("sam"), Role::Supervisor, samPassword, 2, &error));
    QVERIFY(
        users.addUser(QStringLiteral("ada"), QStringLiteral("ann"), Role::Analyst, samPassword, 3, &error));
}

// The audit records of one action, oldest first.
QList<AuditRecord> recordsOf(AuditLog& audit, const QString& action)
{
    QList<AuditRecord> out;
    for (const AuditRecord& r : audit.records()) {
        if (r.action == action) {
            out << r;
        }
    }
    return out;
}

void lockOut(UserAccounts& users, const QString& name, qint64 nowMs)
{
    for (int i = 0; i < UserAccounts::maxFailures; ++i) {
        users.authenticate(name, QStringLiteral("not-the-password"), nowMs);
    }
}
} // namespace

// An admin's upkeep of accounts (unlock, password reset) and a change of one's own password.
class TestUserAccountUpkeep : public QObject
{
    Q_OBJECT

private slots:
    void unlock_endsTheLockOut_data() { addBackendRows(); }
    void unlock_endsTheLockOut();
    void reset_requiresANewPasswordAtSignIn_data() { addBackendRows(); }
    void reset_requiresANewPasswordAtSignIn();
    void ownPassword_needsTheCurrentOne();
    void reset_neverAuditsAPassword();
    void schema2Store_isMigratedWithItsAccounts();
};

void TestUserAccountUpkeep::unlock_endsTheLockOut()
{
    ADMIN_DATABASE_FOR_ROW(d)
    AuditLog audit = d.auditLog();
    UserAccounts users(d.db(), audit);
    addAccounts(users);
    lockOut(users, QStringLiteral("sam"), 10);
    QCOMPARE(users.authenticate(QStringLiteral("sam"), samPassword, 11).status, AuthResult::Status::Locked);

    QString error;
    QVERIFY(!users.unlock(QStringLiteral("ann"), QStringLiteral("sam"), 12, &error));
    QCOMPARE(users.authenticate(QStringLiteral("sam"), samPassword, 13).status, AuthResult::Status::Locked);
    QVERIFY(!users.unlock(QStringLiteral("ada"), QStringLiteral("nobody"), 14, &error));
    QVERIFY2(users.unlock(QStringLiteral("ada"), QStringLiteral("sam"), 15, &error), qPrintable(error));
    QCOMPARE(users.find(QStringLiteral("sam"))->failedAttempts, 0);
    QVERIFY(users.authenticate(QStringLiteral("sam"), samPassword, 16).ok());

    const QList<AuditRecord> records = recordsOf(audit, QStringLiteral("account_unlocked"));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).actor, QStringLiteral("ann"));
    QCOMPARE(records.at(0).result, QStringLiteral("refused"));
    QCOMPARE(records.at(1).result, QStringLiteral("failed"));
    QCOMPARE(records.at(2).actor, QStringLiteral("ada"));
    QCOMPARE(records.at(2).result, QStringLiteral("ok"));
    QCOMPARE(records.at(2).details.value(QStringLiteral("user")).toString(), QStringLiteral("sam"));
    QCOMPARE(records.at(2).details.value(QStringLiteral("wasLocked")).toBool(), true);
    QVERIFY(audit.verify().ok);
}

void TestUserAccountUpkeep::reset_requiresANewPasswordAtSignIn()
{
    ADMIN_DATABASE_FOR_ROW(d)
    AuditLog audit = d.auditLog();
    UserAccounts users(d.db(), audit);
    addAccounts(users);
    QString error;
    QVERIFY(
        !users.resetPassword(QStringLiteral("ann"), QStringLiteral("sam"), temporaryPassword, 10, &error));
    QVERIFY(!users.resetPassword(
        QStringLiteral("ada"), QStringLiteral("sam"), QStringLiteral("short"), 11, &error));
    QVERIFY(error.contains(QStringLiteral("password")));
    QVERIFY(
        !users.resetPassword(QStringLiteral("ada"), QStringLiteral("ada"), temporaryPassword, 12, &error));
    QVERIFY(users.authenticate(QStringLiteral("sam"), samPassword, 13).ok());

    // A reset also ends a lock-out: it is what a locked-out user asks for.
    lockOut(users, QStringLiteral("sam"), 20);
    QVERIFY2(users.resetPassword(QStringLiteral("ada"), QStringLiteral("sam"), temporaryPassword, 21, &error),
        qPrintable(error));
    QVERIFY(users.find(QStringLiteral("sam"))->mustChangePassword);
    QCOMPARE(
        users.authenticate(QStringLiteral("sam"), samPassword, 22).status, AuthResult::Status::WrongPassword);
    const AuthResult temporary = users.authenticate(QStringLiteral("sam"), temporaryPassword, 23);
    QCOMPARE(temporary.status, AuthResult::Status::MustChangePassword);
    QVERIFY(!temporary.ok());
    QVERIFY(!temporary.message.isEmpty());

    QVERIFY(!users.changePassword(QStringLiteral("sam"), temporaryPassword, temporaryPassword, 24, &error));
    QVERIFY2(users.changePassword(QStringLiteral("sam"), temporaryPassword, newPassword, 25, &error),
        qPrintable(error));
    QVERIFY(!users.find(QStringLiteral("sam"))->mustChangePassword);
    QVERIFY(users.authenticate(QStringLiteral("sam"), newPassword, 26).ok());
    QCOMPARE(users.authenticate(QStringLiteral("sam"), temporaryPassword, 27).status,
        AuthResult::Status::WrongPassword);

    const QList<AuditRecord> resets = recordsOf(audit, QStringLiteral("password_reset"));
    QCOMPARE(resets.last().actor, QStringLiteral("ada"));
    QCOMPARE(resets.last().result, QStringLiteral("ok"));
    QCOMPARE(resets.first().result, QStringLiteral("refused")); // ann's
    const QList<AuditRecord> changes = recordsOf(audit, QStringLiteral("password_changed"));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().actor, QStringLiteral("sam"));
    QVERIFY(changes.first().details.value(QStringLiteral("afterReset")).toBool());
    QVERIFY(audit.verify().ok);
}

void TestUserAccountUpkeep::ownPassword_needsTheCurrentOne()
{
    ADMIN_DATABASE_ON_SQLITE(d)
    AuditLog audit = d.auditLog();
    UserAccounts users(d.db(), audit);
    addAccounts(users);
    QString error;
    QVERIFY(!users.changePassword(
        QStringLiteral("sam"), QStringLiteral("a-wrong-guess-1"), newPassword, 10, &error));
    QCOMPARE(error, UserAccounts::refusedMessage());
    // A wrong current password is a failed log-in: guessing through this door is counted too.
    QCOMPARE(users.find(QStringLiteral("sam"))->failedAttempts, 1);
    QVERIFY(!users.changePassword(QStringLiteral("sam"), samPassword, QStringLiteral("short"), 11, &error));
    QVERIFY(!users.changePassword(QStringLiteral("nobody"), samPassword, newPassword, 12, &error));
    QCOMPARE(error, UserAccounts::refusedMessage());
    QVERIFY2(
        users.changePassword(QStringLiteral("sam"), samPassword, newPassword, 13, &error), qPrintable(error));
    QVERIFY(users.authenticate(QStringLiteral("sam"), newPassword, 14).ok());
    QCOMPARE(
        users.authenticate(QStringLiteral("sam"), samPassword, 15).status, AuthResult::Status::WrongPassword);
    // The admin changes their own password the same way.
    QVERIFY(users.changePassword(QStringLiteral("ada"), adminPassword, newPassword, 16, &error));

    const QList<AuditRecord> changes = recordsOf(audit, QStringLiteral("password_changed"));
    QCOMPARE(changes.size(), 4); // refused (wrong current), refused (unknown), sam's, ada's
    QCOMPARE(changes.at(0).result, QStringLiteral("refused"));
    QCOMPARE(changes.at(2).result, QStringLiteral("ok"));
    QCOMPARE(changes.at(3).actor, QStringLiteral("ada"));
}

void TestUserAccountUpkeep::reset_neverAuditsAPassword()
{
    ADMIN_DATABASE_ON_SQLITE(d)
    AuditLog audit = d.auditLog();
    UserAccounts users(d.db(), audit);
    addAccounts(users);
    QString error;
    QVERIFY(users.resetPassword(QStringLiteral("ada"), QStringLiteral("sam"), temporaryPassword, 10, &error));
    QVERIFY(users.changePassword(QStringLiteral("sam"), temporaryPassword, newPassword, 11, &error));
    QSqlQuery q(d.db());
    QVERIFY(q.exec(QStringLiteral("SELECT details FROM audit_log")));
    int rows = 0;
    while (q.next()) {
        ++rows;
        const QString details = q.value(0).toString();
        for (const QString& secret : { samPassword, temporaryPassword, newPassword, adminPassword }) {
            QVERIFY2(!details.contains(secret), qPrintable(details));
        }
    }
    QVERIFY(rows >= 5);
}

// A store made before version 4 gets the column, and its accounts sign in as before.
void TestUserAccountUpkeep::schema2Store_isMigratedWithItsAccounts()
{
    ADMIN_DATABASE_ON_SQLITE(d)
    {
        AuditLog audit = d.auditLog();
        UserAccounts users(d.db(), audit);
        addAccounts(users);
    }
    QSqlDatabase db = d.db();
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE users DROP COLUMN must_change_password")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM admin_schema_version WHERE version > 2")));
    QString error;
    QVERIFY2(AdminSchema::migrate(db, &error), qPrintable(error));
    QVERIFY(q.exec(QStringLiteral("SELECT MAX(version) FROM admin_schema_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), AdminSchema::currentVersion);
    q.finish();
    AuditLog audit = d.auditLog();
    UserAccounts users(db, audit);
    QVERIFY(users.authenticate(QStringLiteral("sam"), samPassword, 30).ok());
    QVERIFY(!users.find(QStringLiteral("sam"))->mustChangePassword);
}

QTEST_GUILESS_MAIN(TestUserAccountUpkeep)
#include "tst_useraccountupkeep.moc"

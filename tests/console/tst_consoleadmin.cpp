// An admin's account upkeep and the audit view in the console: unlocking, resetting a password (the user
// chooses a new one at the next sign-in), changing one's own, and finding records by user, action, period and
// word, shown in words and local times.
#include "admin/auditdetails.h"
#include "admin/auditlogpage.h"
#include "admin/changepassworddialog.h"
#include "admin/consoleaccounts.h"
#include "admin/logindialog.h"
#include "admin/useraccountspage.h"

#include <QDateTime>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace voicepay;
using namespace voicepay::ui;

namespace {
const QString bossPassword = QStringLiteral("Correct-horse-42");
const QString samPassword = QStringLiteral("Sams-password-42");
const QString temporaryPassword = QStringLiteral("Temporary-pass-7");
const QString samsNewPassword = QStringLiteral("Sams-new-choice-9");

// 2026-11-02 09:00, 10:00 and 11:00 UTC.
const qint64 t1 = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
const qint64 t2 = t1 + 3600 * 1000;
const qint64 t3 = t2 + 3600 * 1000;

QString stateOf(const UserAccountsPage& page, const QString& name)
{
    for (int row = 0; row < page.table()->rowCount(); ++row) {
        if (page.table()->item(row, 0)->text() == name) {
            return page.table()->item(row, 2)->text();
        }
    }
    return QStringLiteral("(no row)");
}

QStringList column(const QTableWidget* table, int c)
{
    QStringList cells;
    for (int row = 0; row < table->rowCount(); ++row) {
        cells << table->item(row, c)->text();
    }
    return cells;
}
} // namespace

class TestConsoleAdmin : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleAccounts> m_accounts;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        m_accounts = std::make_unique<ConsoleAccounts>(
            QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("a.sqlite")));
        QString why;
        QVERIFY2(m_accounts->open(&why), qPrintable(why));
        QVERIFY2(m_accounts->keyProblem().isEmpty(), qPrintable(m_accounts->keyProblem()));
        UserAccounts& users = m_accounts->users();
        QVERIFY(users.addUser(QString(), QStringLiteral("boss"), Role::Admin, bossPassword, 1, &why));
        QVERIFY(users.addUser(
            QStringLiteral("boss"), QStringLiteral("sam"), Role::Supervisor, samPassword, 2, &why));
    }

    // Unlock and reset ask for the admin's confirmation first, and show in the account's state.
    void page_unlocksAndResetsAnAccount()
    {
        UserAccountsPage page(*m_accounts, QStringLiteral("boss"));
        const qint64 now = ConsoleAccounts::nowMs();
        for (int i = 0; i < UserAccounts::maxFailures; ++i) {
            m_accounts->users().authenticate(QStringLiteral("sam"), QStringLiteral("a-wrong-guess"), now);
        }
        page.refresh();
        QVERIFY2(stateOf(page, QStringLiteral("sam")).contains(QStringLiteral("locked")),
            qPrintable(stateOf(page, QStringLiteral("sam"))));

        bool confirm = false;
        QStringList asked;
        page.setConfirm([&](const QString& what) {
            asked << what;
            return confirm;
        });
        QString why;
        QVERIFY(!page.unlock(QStringLiteral("sam"), &why));
        QVERIFY(stateOf(page, QStringLiteral("sam")).contains(QStringLiteral("locked")));
        confirm = true;
        QVERIFY2(page.unlock(QStringLiteral("sam"), &why), qPrintable(why));
        QCOMPARE(stateOf(page, QStringLiteral("sam")), QString());
        QCOMPARE(asked.size(), 2);
        QVERIFY(asked.last().contains(QStringLiteral("sam")));

        QVERIFY(!page.resetPassword(QStringLiteral("sam"), QStringLiteral("short"), &why));
        QVERIFY2(page.resetPassword(QStringLiteral("sam"), temporaryPassword, &why), qPrintable(why));
        QVERIFY2(stateOf(page, QStringLiteral("sam")).contains(QStringLiteral("new password")),
            qPrintable(stateOf(page, QStringLiteral("sam"))));
    }

    // After the reset: the temporary password opens only the change of password; then the new one signs in.
    void signIn_afterAReset_asksForANewPassword()
    {
        LoginDialog login(*m_accounts);
        login.nameEdit()->setText(QStringLiteral("sam"));
        login.passwordEdit()->setText(temporaryPassword);
        QVERIFY(!login.submit());
        QVERIFY2(login.errorText().contains(QStringLiteral("new one")), qPrintable(login.errorText()));
        auto* change = login.findChild<ChangePasswordDialog*>();
        QVERIFY(change);
        change->currentEdit()->setText(temporaryPassword);
        change->newEdit()->setText(samsNewPassword);
        change->repeatEdit()->setText(samsNewPassword);
        QVERIFY2(change->submit(), qPrintable(change->errorText()));

        login.nameEdit()->setText(QStringLiteral("sam"));
        login.passwordEdit()->setText(samsNewPassword);
        QVERIFY2(login.submit(), qPrintable(login.errorText()));
        QCOMPARE(login.user().name, QStringLiteral("sam"));
        QVERIFY(!m_accounts->users().find(QStringLiteral("sam"))->mustChangePassword);
    }

    void ownPassword_needsTheCurrentOneAndTwoEqualNewOnes()
    {
        ChangePasswordDialog dialog(*m_accounts, QStringLiteral("boss"));
        dialog.currentEdit()->setText(bossPassword);
        dialog.newEdit()->setText(QStringLiteral("Bosses-new-pass-1"));
        dialog.repeatEdit()->setText(QStringLiteral("Bosses-new-pass-2"));
        QVERIFY(!dialog.submit());
        QVERIFY(dialog.errorText().contains(QStringLiteral("differ")));
        dialog.currentEdit()->setText(QStringLiteral("not-the-password"));
        dialog.newEdit()->setText(QStringLiteral("Bosses-new-pass-1"));
        dialog.repeatEdit()->setText(QStringLiteral("Bosses-new-pass-1"));
        QVERIFY(!dialog.submit());
        QCOMPARE(dialog.errorText(), UserAccounts::refusedMessage());
        QVERIFY(dialog.currentEdit()->text().isEmpty()); // no password is left in a field
        dialog.currentEdit()->setText(bossPassword);
        dialog.newEdit()->setText(QStringLiteral("Bosses-new-pass-1"));
        dialog.repeatEdit()->setText(QStringLiteral("Bosses-new-pass-1"));
        QVERIFY2(dialog.submit(), qPrintable(dialog.errorText()));
        QVERIFY(m_accounts->users()
                    .authenticate(
                        QStringLiteral("boss"), QStringLiteral("Bosses-new-pass-1"), ConsoleAccounts::nowMs())
                    .ok());
    }

    void auditView_findsByUserActionPeriodAndWord()
    {
        AuditLog& audit = m_accounts->audit();
        const QJsonObject change { { QStringLiteral("changes"),
            QJsonArray { QJsonObject { { QStringLiteral("key"), QStringLiteral("maxAmount") },
                { QStringLiteral("old"), QStringLiteral("100.00") },
                { QStringLiteral("new"), QStringLiteral("250.00") } } } } };
        QVERIFY(audit.append(
            QStringLiteral("boss"), QStringLiteral("config_changed"), change, QStringLiteral("ok"), t1));
        QVERIFY(audit.append(QStringLiteral("eve"), QStringLiteral("login_failed"),
            { { QStringLiteral("reason"), QStringLiteral("wrong password") } }, QStringLiteral("refused"),
            t2));
        QVERIFY(audit.append(QStringLiteral("eve"), QStringLiteral("account_locked"),
            { { QStringLiteral("untilMs"), t2 + 900000 } }, QStringLiteral("ok"), t2 + 1000));
        QVERIFY(audit.append(QStringLiteral("boss"), QStringLiteral("account_unlocked"),
            { { QStringLiteral("user"), QStringLiteral("eve") }, { QStringLiteral("wasLocked"), true } },
            QStringLiteral("ok"), t3));

        AuditLogPage page(*m_accounts, QStringLiteral("boss"));
        QCOMPARE(qint64(page.table()->rowCount()), audit.count());
        AuditFilter f;
        f.actor = QStringLiteral("eve");
        page.setFilter(f);
        QCOMPARE(page.table()->rowCount(), 2);
        f = {};
        f.action = QStringLiteral("account_unlocked");
        page.setFilter(f);
        qsizetype unlocks = 0;
        for (const AuditRecord& r : audit.records(0, 100000)) {
            unlocks += r.action == u"account_unlocked" ? 1 : 0;
        }
        QCOMPARE(qsizetype(page.table()->rowCount()), unlocks);
        QCOMPARE(column(page.table(), 2).count(AuditDetails::actionLabel(QStringLiteral("account_unlocked"))),
            unlocks);
        QCOMPARE(column(page.table(), 1).first(), QStringLiteral("boss"));
        f = {};
        f.fromMs = t2;
        f.toMs = t3; // the end is not included
        page.setFilter(f);
        QCOMPARE(page.table()->rowCount(), 2);
        QCOMPARE(page.filter().fromMs, t2);
        f = {};
        f.text = QStringLiteral("MAXAMOUNT");
        page.setFilter(f);
        QCOMPARE(page.table()->rowCount(), 1);
        QVERIFY2(page.countText().startsWith(QStringLiteral("1 of ")), qPrintable(page.countText()));

        // In words and local time, never JSON or epoch milliseconds.
        QCOMPARE(
            page.table()->item(0, 2)->text(), AuditDetails::actionLabel(QStringLiteral("config_changed")));
        QVERIFY(page.table()->item(0, 2)->text() != QStringLiteral("config_changed"));
        QCOMPARE(page.table()->item(0, 3)->text(), QStringLiteral("maxAmount: 100.00 → 250.00"));
        QCOMPARE(page.table()->item(0, 0)->text(),
            QDateTime::fromMSecsSinceEpoch(t1, Qt::UTC)
                .toLocalTime()
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        page.setUtc(true);
        QCOMPARE(page.table()->item(0, 0)->text(), QStringLiteral("2026-11-02 09:00:00 UTC"));
        QCOMPARE(page.table()->horizontalHeaderItem(0)->text(), QStringLiteral("Time (UTC)"));

        f = {};
        f.actor = QStringLiteral("eve"); // sam's lock-out above is recorded too
        f.action = QStringLiteral("account_locked");
        page.setFilter(f);
        QCOMPARE(page.table()->rowCount(), 1);
        page.table()->selectRow(0);
        const QStringList fields = column(page.detailsTable(), 0);
        const QStringList values = column(page.detailsTable(), 1);
        const qsizetype until = fields.indexOf(QStringLiteral("Until"));
        QVERIFY2(until >= 0, qPrintable(fields.join(u',')));
        QCOMPARE(values.at(until), QStringLiteral("2026-11-02 10:15:00 UTC"));
        for (const QString& v : values) {
            QVERIFY2(!v.contains(QString::number(t2 + 900000)) && !v.startsWith(u'{'), qPrintable(v));
        }
    }
};

QTEST_MAIN(TestConsoleAdmin)
#include "tst_consoleadmin.moc"

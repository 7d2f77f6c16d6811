// Roles, sign-in, confirmation by password and the audit trail in the console.
#include "admin/auditlogpage.h"
#include "admin/consoleaccounts.h"
#include "admin/logindialog.h"
#include "admin/useraccountspage.h"
#include "config/configeditor.h"
#include "config/configlocation.h"
#include "phone/phonepanel.h"
#include "shell/mainwindow.h"
#include "simulator/callsession.h"
#include "simulator/callsetupwidget.h"
#include "simulator/simulatorpage.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace voicepay;
using namespace voicepay::ui;

Q_DECLARE_METATYPE(voicepay::Role)

namespace {
const QString adminPassword = QStringLiteral("Correct-horse-42");

QList<AuditRecord> recordsOf(ConsoleAccounts& accounts, const QString& action)
{
    QList<AuditRecord> found;
    for (const AuditRecord& r : accounts.audit().records(0, 100000)) {
        if (r.action == action) {
            found << r;
        }
    }
    return found;
}
} // namespace

class TestConsoleRoles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_url;
    std::unique_ptr<ConsoleAccounts> m_accounts;

    static QString configFile() { return ConfigLocation::filePath(); }

    std::unique_ptr<MainWindow> windowFor(const QString& name, Role role)
    {
        auto window
            = std::make_unique<MainWindow>(FlowConfig(), m_url, ConsoleUser { name, role }, m_accounts.get());
        window->show();
        return window;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The window saves to the configuration folder: keep it in the temporary folder.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QVERIFY(configFile().startsWith(m_dir.path()));
        m_url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("kpi.sqlite"));
        m_accounts = std::make_unique<ConsoleAccounts>(m_url);
        QString why;
        QVERIFY2(m_accounts->open(&why), qPrintable(why));
        QVERIFY(m_accounts->users().isEmpty());
        QVERIFY2(m_accounts->users().addUser(QStringLiteral("root"), QStringLiteral("root"), Role::Admin,
                     adminPassword, ConsoleAccounts::nowMs(), &why),
            qPrintable(why));
    }

    void init() { QFile::remove(configFile()); }

    // Switch user and Quit (Ctrl+Q) ask first when unsaved configuration edits or a live call would be lost;
    // a "no" keeps everything, and nothing is asked when nothing is pending.
    void switchUserAndQuitAskBeforeLosingWork()
    {
        auto window = windowFor(QStringLiteral("root"), Role::Admin);
        QStringList asked;
        bool answer = false;
        window->setLossPrompt([&](const QString& what, const QStringList& losses) {
            asked << what + QStringLiteral(": ") + losses.join(QLatin1Char(' '));
            return answer;
        });
        QSignalSpy switched(window.get(), &MainWindow::switchUserRequested);
        window->requestSwitchUser();
        QCOMPARE(switched.size(), 1); // nothing pending: no question
        QVERIFY(asked.isEmpty());

        window->configuration()->minAmountEdit()->setText(QStringLiteral("2.00"));
        QVERIFY(window->configuration()->isDirty());
        window->requestSwitchUser();
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QStringLiteral("not saved")), qPrintable(asked.first()));
        QCOMPARE(switched.size(), 1); // refused: still signed in, the edit still there
        QCOMPARE(window->configuration()->minAmountEdit()->text(), QStringLiteral("2.00"));

        window->configuration()->revert();
        QVERIFY(window->pendingLosses().isEmpty());
        CallContext call = window->simulator()->setup()->context();
        call.accountId = QStringLiteral("10001");
        call.identified = true;
        call.amountDue = QStringLiteral("42.00");
        window->simulator()->setup()->setContext(call);
        QString why;
        QVERIFY2(window->simulator()->startCall(&why), qPrintable(why));
        QVERIFY(!window->close()); // Quit during a live call, refused
        QCOMPARE(asked.size(), 2);
        QVERIFY2(asked.last().contains(QStringLiteral("call")), qPrintable(asked.last()));
        QVERIFY(window->isVisible());
        QVERIFY(window->simulator()->session()->isActive());
        answer = true;
        QVERIFY(window->close());
        QCOMPARE(asked.size(), 3);
    }

    void areasFollowTheRole_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("simulator");
        QTest::addColumn<bool>("dashboards");
        QTest::addColumn<bool>("configuration");
        QTest::addColumn<bool>("administration");
        QTest::newRow("an analyst simulates calls and has no configuration area")
            << Role::Analyst << true << false << false << false;
        QTest::newRow("a supervisor watches the dashboards and reads the configuration")
            << Role::Supervisor << false << true << true << false;
        QTest::newRow("an admin has every area") << Role::Admin << true << true << true << true;
    }

    void areasFollowTheRole()
    {
        QFETCH(Role, role);
        QFETCH(bool, simulator);
        QFETCH(bool, dashboards);
        QFETCH(bool, configuration);
        QFETCH(bool, administration);
        auto window = windowFor(QStringLiteral("someone"), role);
        QCOMPARE(window->hasArea(MainWindow::Area::Simulator), simulator);
        QCOMPARE(window->simulator() != nullptr, simulator);
        QCOMPARE(window->hasArea(MainWindow::Area::Prompts), simulator);
        // The phone line runs calls: the roles of the simulator have it, and only they.
        QCOMPARE(window->hasArea(MainWindow::Area::Phone), simulator);
        QCOMPARE(window->phone() != nullptr, simulator);
        QCOMPARE(window->hasArea(MainWindow::Area::Live), dashboards);
        QCOMPARE(window->hasArea(MainWindow::Area::History), dashboards);
        QVERIFY(window->hasArea(MainWindow::Area::Sessions));
        QCOMPARE(window->hasArea(MainWindow::Area::Configuration), configuration);
        QCOMPARE(window->configuration() != nullptr, configuration);
        QCOMPARE(window->hasArea(MainWindow::Area::Administration), administration);
        QCOMPARE(window->auditLog() != nullptr, administration);
        // Asking for an area the role lacks leaves the window where it is.
        window->showArea(MainWindow::Area::Simulator);
        const MainWindow::Area before = window->currentArea();
        window->showArea(MainWindow::Area::Configuration);
        QCOMPARE(window->currentArea() == MainWindow::Area::Configuration, configuration);
        if (!configuration) {
            QCOMPARE(window->currentArea(), before);
        }
        const auto* signedIn = window->findChild<QLabel*>(QStringLiteral("signedIn"));
        QVERIFY(signedIn);
        QVERIFY(signedIn->text().contains(QStringLiteral("someone")));
        QVERIFY(signedIn->text().contains(roleName(role)));
    }

    void supervisorReadsTheConfigurationButCannotSave()
    {
        auto window = windowFor(QStringLiteral("sue"), Role::Supervisor);
        ConfigEditor* editor = window->configuration();
        QVERIFY(editor);
        QVERIFY(editor->isReadOnly());
        QVERIFY(!editor->minAmountEdit()->isEnabled());
        QVERIFY(!editor->gatewayUrlEdit()->isEnabled());
        QVERIFY(!editor->gatewayKeyEdit()->isEnabled());
        QVERIFY(!editor->storeKeyButton()->isEnabled());
        QVERIFY(!editor->saveButton()->isVisibleTo(window.get()));
        const qint64 refusedBefore = recordsOf(*m_accounts, QStringLiteral("config_changed")).size();
        editor->maxAmountEdit()->setText(QStringLiteral("123.00"));
        QString why;
        QVERIFY(!editor->save(&why));
        QVERIFY(!why.isEmpty());
        QVERIFY(!QFile::exists(configFile()));
        QVERIFY(!editor->storeKey(QStringLiteral("key-of-a-supervisor"), &why));
        const QList<AuditRecord> changes = recordsOf(*m_accounts, QStringLiteral("config_changed"));
        QCOMPARE(changes.size(), refusedBefore + 1);
        QCOMPARE(changes.last().actor, QStringLiteral("sue"));
        QCOMPARE(changes.last().result, QStringLiteral("refused"));
    }

    void adminSaveIsConfirmedByPasswordAndAudited()
    {
        auto window = windowFor(QStringLiteral("root"), Role::Admin);
        QString typed;
        int asked = 0;
        window->setPasswordPrompt([&](const QString&) -> std::optional<QString> {
            ++asked;
            return typed;
        });
        ConfigEditor* editor = window->configuration();
        QVERIFY(editor && !editor->isReadOnly());
        editor->maxAmountEdit()->setText(QStringLiteral("321.00"));
        QString why;
        const auto wanted = editor->formConfig(&why);
        QVERIFY2(wanted, qPrintable(why));
        const QJsonValue oldValue = FlowConfig().toJson().value(QStringLiteral("maxAmount"));
        const QJsonValue newValue = wanted->toJson().value(QStringLiteral("maxAmount"));
        QVERIFY(oldValue != newValue);

        typed = QStringLiteral("not-the-password-1");
        QVERIFY(!editor->save(&why));
        QCOMPARE(asked, 1);
        QVERIFY(!QFile::exists(configFile()));
        QList<AuditRecord> changes = recordsOf(*m_accounts, QStringLiteral("config_changed"));
        QVERIFY(!changes.isEmpty());
        QCOMPARE(changes.last().actor, QStringLiteral("root"));
        QCOMPARE(changes.last().result, QStringLiteral("refused"));

        typed = adminPassword;
        QVERIFY2(editor->save(&why), qPrintable(why));
        QCOMPARE(asked, 2);
        QVERIFY(QFile::exists(configFile()));
        changes = recordsOf(*m_accounts, QStringLiteral("config_changed"));
        const AuditRecord& saved = changes.last();
        QCOMPARE(saved.result, QStringLiteral("ok"));
        QCOMPARE(saved.actor, QStringLiteral("root"));
        bool found = false;
        for (const QJsonValue& c : saved.details.value(QStringLiteral("changes")).toArray()) {
            if (c[QStringLiteral("key")].toString() == u"maxAmount") {
                found = true;
                QCOMPARE(c[QStringLiteral("old")], oldValue);
                QCOMPARE(c[QStringLiteral("new")], newValue);
            }
        }
        QVERIFY2(found, QJsonDocument(saved.details).toJson().constData());
    }

    void saveWithoutItsAuditRecord_savesNothing()
    {
        auto window = windowFor(QStringLiteral("root"), Role::Admin);
        window->setPasswordPrompt([](const QString&) -> std::optional<QString> { return adminPassword; });
        ConfigEditor* editor = window->configuration();
        QVERIFY(editor && !editor->isReadOnly());
        editor->maxAmountEdit()->setText(QStringLiteral("456.00"));
        const qint64 before = recordsOf(*m_accounts, QStringLiteral("config_changed")).size();
        const QString path = m_url.mid(int(qstrlen("sqlite:")));
        const auto execOnStore = [&path](const QString& sql) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("refuse"));
            db.setDatabaseName(path);
            const bool ok = db.open() && QSqlQuery(db).exec(sql);
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("refuse"));
            return ok;
        };
        // The store takes the sign-in's record but not the change's (a full disk, a refusing server): the
        // save must not happen.
        QVERIFY(execOnStore(
            QStringLiteral("CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_log WHEN "
                           "NEW.action = 'config_changed' BEGIN SELECT RAISE(ABORT, 'audit refused'); END")));
        QString why;
        const bool saved = editor->save(&why);
        QVERIFY(execOnStore(QStringLiteral("DROP TRIGGER test_refuse_audit")));
        QVERIFY(!saved);
        QVERIFY2(why.contains(QStringLiteral("audit")), qPrintable(why));
        QVERIFY(!QFile::exists(configFile()));
        QCOMPARE(recordsOf(*m_accounts, QStringLiteral("config_changed")).size(), before);
        // With the trail back, the same save goes through, recorded before it is made.
        QVERIFY2(editor->save(&why), qPrintable(why));
        QVERIFY(QFile::exists(configFile()));
        QCOMPARE(
            recordsOf(*m_accounts, QStringLiteral("config_changed")).last().result, QStringLiteral("ok"));
    }

    void gatewayKeyChangesAreConfirmedAndTheKeyNeverAudited()
    {
        auto window = windowFor(QStringLiteral("root"), Role::Admin);
        QString typed = QStringLiteral("wrong-password-9");
        window->setPasswordPrompt([&](const QString&) -> std::optional<QString> { return typed; });
        ConfigEditor* editor = window->configuration();
        QStringList stored;
        editor->setSecretStore(
            [&](const QString&, const QString& secret, QString*) {
                stored << secret;
                return true;
            },
            QStringLiteral("test store"));
        editor->setReadOnly(false);
        const QString secret = QStringLiteral("TransactionKey-0042");
        QString why;
        QVERIFY(!editor->storeKey(secret, &why));
        QVERIFY(stored.isEmpty());
        QCOMPARE(recordsOf(*m_accounts, QStringLiteral("credential_set")).last().result,
            QStringLiteral("refused"));
        typed = adminPassword;
        QVERIFY2(editor->storeKey(secret, &why), qPrintable(why));
        QVERIFY2(editor->storeKey(QString(), &why), qPrintable(why));
        QCOMPARE(stored, (QStringList { secret, QString() }));
        QCOMPARE(
            recordsOf(*m_accounts, QStringLiteral("credential_set")).last().result, QStringLiteral("ok"));
        QCOMPARE(
            recordsOf(*m_accounts, QStringLiteral("credential_cleared")).last().result, QStringLiteral("ok"));
        for (const AuditRecord& r : m_accounts->audit().records(0, 100000)) {
            QVERIFY(!QJsonDocument(r.toJson()).toJson().contains(secret.toUtf8()));
        }
    }

    void administrationManagesAccountsAndExportsTheLog()
    {
        auto window = windowFor(QStringLiteral("root"), Role::Admin);
        UserAccountsPage* users = window->userAccounts();
        QVERIFY(users);
        // Adding an account and changing a role ask for the admin's password, as configuration changes do.
        QString typed = QStringLiteral("not-the-password-1");
        int asked = 0;
        window->setPasswordPrompt([&](const QString&) -> std::optional<QString> {
            ++asked;
            return typed;
        });
        QString why;
        QVERIFY(
            !users->addUser(QStringLiteral("ana"), Role::Analyst, QStringLiteral("Analyst-pass-77"), &why));
        QCOMPARE(asked, 1);
        QVERIFY(!m_accounts->users().find(QStringLiteral("ana")));
        typed = adminPassword;
        QVERIFY2(
            users->addUser(QStringLiteral("ana"), Role::Analyst, QStringLiteral("Analyst-pass-77"), &why),
            qPrintable(why));
        QCOMPARE(asked, 2);
        typed = QStringLiteral("not-the-password-1");
        QVERIFY(!users->setRole(QStringLiteral("ana"), Role::Admin, &why));
        QCOMPARE(m_accounts->users().find(QStringLiteral("ana"))->role, Role::Analyst);
        typed = adminPassword;
        QVERIFY(!users->addUser(QStringLiteral("weak"), Role::Analyst, QStringLiteral("short"), &why));
        QVERIFY2(users->setRole(QStringLiteral("ana"), Role::Supervisor, &why), qPrintable(why));
        QCOMPARE(m_accounts->users().find(QStringLiteral("ana"))->role, Role::Supervisor);
        QVERIFY(!users->removeUser(QStringLiteral("root"), &why)); // not the account in use
        QVERIFY2(users->removeUser(QStringLiteral("ana"), &why), qPrintable(why));
        QVERIFY(!m_accounts->users().find(QStringLiteral("ana")));
        QCOMPARE(recordsOf(*m_accounts, QStringLiteral("role_changed")).last().actor, QStringLiteral("root"));
        QCOMPARE(recordsOf(*m_accounts, QStringLiteral("user_removed")).last().result, QStringLiteral("ok"));

        AuditLogPage* log = window->auditLog();
        log->refresh();
        QCOMPARE(qint64(log->table()->rowCount()), m_accounts->audit().count());
        QVERIFY(log->verifyChain());
        QVERIFY(log->verificationText().contains(QStringLiteral("intact")));
        const QString file = m_dir.filePath(QStringLiteral("audit.json"));
        QVERIFY2(log->exportJson(file, &why), qPrintable(why));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray exported = QJsonDocument::fromJson(f.readAll()).array();
        QVERIFY(exported.size() >= 5);
        QCOMPARE(
            recordsOf(*m_accounts, QStringLiteral("audit_exported")).last().actor, QStringLiteral("root"));
    }

    void anEditedRecordShowsWhereTheChainBreaks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tampered.sqlite"));
        ConsoleAccounts accounts(QStringLiteral("sqlite:") + path);
        QString why;
        QVERIFY2(accounts.open(&why), qPrintable(why));
        QVERIFY(accounts.users().addUser(
            QStringLiteral("boss"), QStringLiteral("boss"), Role::Admin, adminPassword, 1000, &why));
        QVERIFY(accounts.audit().append(
            QStringLiteral("boss"), QStringLiteral("credential_set"), {}, QStringLiteral("ok"), 2000));
        QVERIFY(accounts.audit().append(
            QStringLiteral("boss"), QStringLiteral("config_changed"), {}, QStringLiteral("ok"), 3000));
        AuditLogPage page(accounts, QStringLiteral("boss"));
        QVERIFY(page.verifyChain());
        {
            // Someone with the database file in hand: drops the guard and rewrites history.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char* trigger :
                { "audit_log_no_update", "audit_log_no_change", "audit_log_no_delete" }) {
                q.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1StringView(trigger)));
            }
            QVERIFY(q.exec(
                QStringLiteral("UPDATE audit_log SET result = 'refused' WHERE action = 'credential_set'")));
            QVERIFY(q.numRowsAffected() == 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        QVERIFY(!page.verifyChain());
        QVERIFY2(
            page.verificationText().contains(QStringLiteral("BROKEN")), qPrintable(page.verificationText()));
    }

    void firstRunCreatesAnAdminThenSignsIn()
    {
        QTemporaryDir dir;
        ConsoleAccounts accounts(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("fresh.sqlite")));
        QString why;
        QVERIFY2(accounts.open(&why), qPrintable(why));
        {
            LoginDialog first(accounts);
            QVERIFY(first.isFirstRun());
            QVERIFY(first.repeatEdit());
            first.nameEdit()->setText(QStringLiteral("alice"));
            first.passwordEdit()->setText(QStringLiteral("Admin-password-1"));
            first.repeatEdit()->setText(QStringLiteral("Admin-password-2"));
            QVERIFY(!first.submit());
            QVERIFY(first.errorText().contains(QStringLiteral("differ")));
            first.passwordEdit()->setText(QStringLiteral("short"));
            first.repeatEdit()->setText(QStringLiteral("short"));
            QVERIFY(!first.submit());
            QVERIFY(accounts.users().isEmpty());
            first.passwordEdit()->setText(QStringLiteral("Admin-password-1"));
            first.repeatEdit()->setText(QStringLiteral("Admin-password-1"));
            QVERIFY2(first.submit(), qPrintable(first.errorText()));
            QCOMPARE(first.result(), int(QDialog::Accepted));
            QCOMPARE(first.user().name, QStringLiteral("alice"));
            QCOMPARE(first.user().role, Role::Admin);
        }
        QCOMPARE(accounts.users().find(QStringLiteral("alice"))->role, Role::Admin);

        LoginDialog next(accounts);
        QVERIFY(!next.isFirstRun());
        QVERIFY(!next.repeatEdit());
        next.nameEdit()->setText(QStringLiteral("alice"));
        next.passwordEdit()->setText(QStringLiteral("Wrong-password-1"));
        QVERIFY(!next.submit());
        QVERIFY(!next.errorText().isEmpty());
        QVERIFY(next.passwordEdit()->text().isEmpty());
        next.passwordEdit()->setText(QStringLiteral("Admin-password-1"));
        QVERIFY2(next.submit(), qPrintable(next.errorText()));
        QCOMPARE(next.user().role, Role::Admin);
    }

    void repeatedFailuresLockTheAccount()
    {
        QString why;
        QVERIFY(m_accounts->users().addUser(QStringLiteral("root"), QStringLiteral("carol"), Role::Analyst,
            QStringLiteral("Carol-password-5"), ConsoleAccounts::nowMs(), &why));
        LoginDialog dialog(*m_accounts);
        for (int i = 0; i < UserAccounts::maxFailures; ++i) {
            dialog.nameEdit()->setText(QStringLiteral("carol"));
            dialog.passwordEdit()->setText(QStringLiteral("guess-number-%1").arg(i));
            QVERIFY(!dialog.submit());
        }
        dialog.passwordEdit()->setText(QStringLiteral("Carol-password-5"));
        QVERIFY(!dialog.submit()); // the right password, but the account is locked
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(!recordsOf(*m_accounts, QStringLiteral("login_failed")).isEmpty());
    }

    void switchUserSignsOut()
    {
        auto window = windowFor(QStringLiteral("root"), Role::Admin);
        QSignalSpy spy(window.get(), &MainWindow::switchUserRequested);
        QAction* action = nullptr;
        for (QAction* a : window->findChildren<QAction*>()) {
            if (a->text().contains(QStringLiteral("witch user"))) {
                action = a;
            }
        }
        QVERIFY(action);
        action->trigger();
        QCOMPARE(spy.size(), 1);
    }

    // A console opened on a store of its own may simulate and read, never change the installation.
    void anotherStore_mayNotChangeTheInstallation()
    {
        QString why;
        QVERIFY2(m_accounts->mayChangeInstallation(&why), qPrintable(why)); // the installation's own store
        QTemporaryDir dir;
        ConsoleAccounts other(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("other.sqlite")));
        QVERIFY2(other.open(&why), qPrintable(why));
        QVERIFY2(other.addFirstAdmin(QStringLiteral("eve"), QStringLiteral("Evil-password-1"), &why),
            qPrintable(why));
        QVERIFY(!other.mayChangeInstallation(&why));
        auto window = std::make_unique<MainWindow>(FlowConfig(),
            QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("other.sqlite")),
            ConsoleUser { QStringLiteral("eve"), Role::Admin }, &other);
        window->setPasswordPrompt(
            [](const QString&) -> std::optional<QString> { return QStringLiteral("Evil-password-1"); });
        ConfigEditor* editor = window->configuration();
        QVERIFY(editor);
        editor->maxAmountEdit()->setText(QStringLiteral("999.00"));
        QVERIFY(!editor->save(&why));
        QVERIFY(!QFile::exists(configFile()));
        QCOMPARE(recordsOf(other, QStringLiteral("config_changed")).last().result, QStringLiteral("refused"));
        window.reset();
    }

    void cleanupTestCase() { m_accounts.reset(); }
};

QTEST_MAIN(TestConsoleRoles)
#include "tst_consoleroles.moc"

#include "config/gatewaychoice.h"
#include "gatewayfactory.h"
#include "shell/consolestore.h"
#include "shell/mainwindow.h"
#include "simulator/callsession.h"
#include "simulator/flowdiagramwidget.h"
#include "simulator/keypadwidget.h"
#include "simulator/simulatorpage.h"
#include "simulator/testcardkit.h"
#include "simulator/transcriptmodel.h"
#include "store/kpistore.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <pwd.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace voicepay;
using namespace voicepay::ui;

// What an operator sees in the console, and how a simulated call ends, when the world around it fails: a full
// disk, a read-only store, a store another program keeps locked, a missing gateway key, a gateway that is
// down. The command line's answers to the same faults are checked by tests/hardening/tst_faultsafety.cpp.
class TestConsoleFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static ConsoleUser analyst() { return ConsoleUser { QStringLiteral("analyst"), Role::Analyst }; }

    static QLabel* statusLabel(MainWindow& window, const char* name)
    {
        return window.statusBar()->findChild<QLabel*>(QLatin1String(name));
    }

    // Every message the status bar showed (each stays only a few seconds), oldest first.
    static QString shown(const QSignalSpy& messages)
    {
        QStringList out;
        for (const QList<QVariant>& m : messages) {
            if (!m.value(0).toString().isEmpty()) {
                out << m.value(0).toString();
            }
        }
        return out.join(u'\n');
    }

    static void click(SimulatorPage* page, QChar key)
    {
        QPushButton* b = page->keypad()->button(key);
        QVERIFY2(
            b && b->isEnabled(), qPrintable(QStringLiteral("key %1 at %2").arg(key).arg(page->stepText())));
        QTest::mouseClick(b, Qt::LeftButton);
    }

    // A call as an analyst makes it: the full amount, then the kit's card number, expiry and security code;
    // the caller is asked to confirm.
    static void keyUpToConfirmation(SimulatorPage* page, const QString& card)
    {
        QString why;
        QVERIFY2(page->startCall(&why), qPrintable(why));
        click(page, u'1');
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(page->keyTestCard(card), qPrintable(page->stepText()));
        }
        QCOMPARE(page->diagram()->current(), QStringLiteral("confirm"));
    }

    // The whole call, confirmed: the payment goes to the gateway (the call ends with its answer).
    static void payWithKitCard(SimulatorPage* page, const QString& card)
    {
        keyUpToConfirmation(page, card);
        click(page, u'1');
    }

    // No card number of the kit in anything the console showed.
    static void verifyNoCardNumber(const QString& text)
    {
        for (const TestCard& c : TestCardKit::standard().cards()) {
            QVERIFY2(!text.contains(c.number), qPrintable(c.id));
        }
    }

    static QString integrity(const QString& path, int* sessions)
    {
        QString verdict;
        *sessions = -1;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("consolefaults-check"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next()) {
                    verdict = q.value(0).toString();
                }
                if (q.exec(QStringLiteral("SELECT COUNT(*) FROM sessions")) && q.next()) {
                    *sessions = q.value(0).toInt();
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("consolefaults-check"));
        return verdict;
    }

    // Files this process writes may not grow past `bytes` while it lives: a full disk as the process sees it.
    // SIGXFSZ is ignored meanwhile, so that a write past the limit fails (EFBIG) instead of ending the
    // process.
    class FileSizeLimit
    {
    public:
        explicit FileSizeLimit(rlim_t bytes)
        {
            struct sigaction ignore = {};
            ignore.sa_handler = SIG_IGN;
            ::sigaction(SIGXFSZ, &ignore, &m_oldAction);
            ::getrlimit(RLIMIT_FSIZE, &m_old);
            const rlimit limit { std::min(bytes, m_old.rlim_max), m_old.rlim_max };
            m_ok = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
        }
        ~FileSizeLimit()
        {
            ::setrlimit(RLIMIT_FSIZE, &m_old);
            ::sigaction(SIGXFSZ, &m_oldAction, nullptr);
        }
        bool ok() const { return m_ok; }

    private:
        rlimit m_old {};
        struct sigaction m_oldAction = {};
        bool m_ok = false;
    };

    // Root reads and writes any file whatever its permissions: while this lives, the process acts as `uid`.
    class EffectiveUser
    {
    public:
        EffectiveUser(uid_t uid, gid_t gid) { m_ok = ::setegid(gid) == 0 && ::seteuid(uid) == 0; }
        ~EffectiveUser()
        {
            if (::seteuid(0) != 0 || ::setegid(0) != 0) {
                qFatal("could not become root again");
            }
        }
        bool ok() const { return m_ok; }

    private:
        bool m_ok = false;
    };

    // Another connection holding the store's write lock; rolled back when this goes, whatever happened.
    class OtherWriter
    {
    public:
        explicit OtherWriter(const QString& path)
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                m_locked = q.exec(QStringLiteral("BEGIN EXCLUSIVE"));
            }
        }
        ~OtherWriter()
        {
            release();
            QSqlDatabase::removeDatabase(name());
        }
        bool isLocked() const { return m_locked; }
        void release()
        {
            QSqlDatabase db = QSqlDatabase::database(name(), false);
            if (m_locked) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("ROLLBACK"));
                m_locked = false;
            }
            db.close();
        }

    private:
        static QString name() { return QStringLiteral("consolefaults-other-writer"); }
        bool m_locked = false;
    };

private slots:
    void initTestCase();
    void fullDisk_saysSoAndTheCallEnds();
    void readOnlyStore_saysSoAndTheCallEnds();
    void lockedStore_saysSoAndTheCallStillEnds();
    void missingGatewayKey_endsAsTechnicalErrorBeforeCardData();
    void gatewayDown_endsAsTechnicalError();
};

void TestConsoleFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // Sessions a store refuses when it closes are spooled here, not in the user's data folder.
    qputenv("VOICEPAY_SPOOL_DIR", QFile::encodeName(m_dir.filePath(QStringLiteral("spool"))));
    QVERIFY(TestCardKit::standard().find(QStringLiteral("visa-approve")));
}

void TestConsoleFaults::fullDisk_saysSoAndTheCallEnds()
{
    const QString db = m_dir.filePath(QStringLiteral("full/kpi.sqlite"));
    {
        MainWindow window(FlowConfig(), QStringLiteral("sqlite:") + db, analyst());
        QSignalSpy messages(window.statusBar(), &QStatusBar::messageChanged);
        window.show();
        QString why;
        QVERIFY2(window.openStore(&why), qPrintable(why));
        SimulatorPage* page = window.simulator();
        QLabel* storeLabel = statusLabel(window, "storeStatus");
        QVERIFY(storeLabel);
        QSignalSpy finished(page->session(), &CallSession::finished);
        keyUpToConfirmation(page, QStringLiteral("visa-approve"));
        QPushButton* yes = page->keypad()->button(u'1');
        QVERIFY(yes && yes->isEnabled());

        // From the caller's "yes" on, the write-ahead log (where SQLite commits go) may not grow. Nothing is
        // asserted while the limit holds: a test log in a file could not take the message.
        bool refused = false;
        QString labelWhileFull;
        QString tipWhileFull;
        qint64 committedWhileFull = -1;
        bool limited = false;
        {
            const FileSizeLimit full(
                rlim_t(std::max<qint64>(1, QFileInfo(db + QStringLiteral("-wal")).size())));
            limited = full.ok();
            QTest::mouseClick(yes, Qt::LeftButton);
            refused = limited && QTest::qWaitFor([&] { return window.store()->isFailing(); }, 30000);
            labelWhileFull = storeLabel->text();
            tipWhileFull = storeLabel->toolTip();
            committedWhileFull = window.store()->store().committedCount();
        }
        QVERIFY(limited);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        // The call ends as it would have: the caller's payment is not the store's business.
        QCOMPARE(page->session()->flow()->result().outcome, Outcome::Success);
        QVERIFY2(page->resultText().contains(QStringLiteral("Success")), qPrintable(page->resultText()));
        QVERIFY(page->transcript()->plainText().contains(QStringLiteral("call ended: Success")));

        QVERIFY2(refused, qPrintable(shown(messages)));
        QVERIFY2(shown(messages).contains(
                     QStringLiteral("Calls are not being saved to the KPI store: the store file "
                                    "could not be written: the disk may be full or the file may "
                                    "not grow (")),
            qPrintable(shown(messages)));
        QVERIFY(shown(messages).contains(db));
        QVERIFY(shown(messages).contains(
            QStringLiteral("They are kept and saved once the store takes them again.")));
        QCOMPARE(labelWhileFull, QStringLiteral("Store: sqlite:%1 (not saving)").arg(db));
        QVERIFY2(tipWhileFull.contains(QStringLiteral("the disk may be full")), qPrintable(tipWhileFull));
        QCOMPARE(committedWhileFull, 0);

        // Room again: the call that was kept is saved, and the console says so.
        QTRY_VERIFY_WITH_TIMEOUT(!window.store()->isFailing(), 30000);
        QCOMPARE(window.store()->store().committedCount(), 1);
        QVERIFY2(shown(messages).endsWith(QStringLiteral("The KPI store saves calls again.")),
            qPrintable(shown(messages)));
        QCOMPARE(storeLabel->text(), QStringLiteral("Store: sqlite:%1").arg(db));
        QCOMPARE(storeLabel->toolTip(), QString());
        verifyNoCardNumber(shown(messages) + page->transcript()->plainText() + page->resultText());
    }
    int sessions = 0;
    QCOMPARE(integrity(db, &sessions), QStringLiteral("ok"));
    QCOMPARE(sessions, 1);
}

void TestConsoleFaults::readOnlyStore_saysSoAndTheCallEnds()
{
    // The folder must be reachable for another user: root is made one below.
    QTemporaryDir dir(QDir::temp().filePath(QStringLiteral("voicepay-consolefaults-XXXXXX")));
    QVERIFY(dir.isValid());
    QFile::setPermissions(dir.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
    const QString folder = dir.filePath(QStringLiteral("store"));
    const QString db = folder + QStringLiteral("/kpi.sqlite");
    {
        // A store that exists and works...
        StoreUrl url;
        url.path = db;
        KpiStore store;
        QString why;
        QVERIFY2(store.open(url, &why), qPrintable(why));
    }
    // ...then becomes read-only: the file and its folder.
    const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const auto exec = QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    for (const QString& f : QDir(folder).entryList(QDir::Files)) {
        QVERIFY(QFile::setPermissions(QDir(folder).filePath(f), readOnly));
    }
    QVERIFY(QFile::setPermissions(folder, readOnly | exec));
    const auto restore
        = qScopeGuard([&] { QFile::setPermissions(folder, readOnly | exec | QFileDevice::WriteOwner); });

    const passwd* nobody = ::geteuid() == 0 ? ::getpwnam("nobody") : nullptr;
    if (::geteuid() == 0 && !nobody) {
        QSKIP("root ignores file permissions, and there is no user \"nobody\" to open the store as");
    }

    MainWindow window(FlowConfig(), QStringLiteral("sqlite:") + db, analyst());
    QSignalSpy messages(window.statusBar(), &QStatusBar::messageChanged);
    QLabel* storeLabel = statusLabel(window, "storeStatus");
    QVERIFY(storeLabel);
    {
        // The window opens its store from its event loop; as root, it does so as another user.
        std::unique_ptr<EffectiveUser> other;
        if (nobody) {
            other = std::make_unique<EffectiveUser>(nobody->pw_uid, nobody->pw_gid);
            QVERIFY(other->ok());
        }
        QTRY_VERIFY_WITH_TIMEOUT(!storeLabel->text().endsWith(QStringLiteral("(opening)")), 20000);
    }
    window.show();
    QVERIFY(!window.store()->isOpen());
    QCOMPARE(storeLabel->text(), QStringLiteral("Store: sqlite:%1 (not available)").arg(db));
    QVERIFY2(storeLabel->toolTip().startsWith(QStringLiteral("the store file is read-only for this user (")),
        qPrintable(storeLabel->toolTip()));
    QVERIFY2(shown(messages).contains(QStringLiteral(
                 "The KPI store could not be opened: the store file is read-only for this user (")),
        qPrintable(shown(messages)));

    SimulatorPage* page = window.simulator();
    QSignalSpy finished(page->session(), &CallSession::finished);
    payWithKitCard(page, QStringLiteral("visa-approve"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(page->session()->flow()->result().outcome, Outcome::Success);
    QVERIFY2(page->resultText().contains(QStringLiteral("Success")), qPrintable(page->resultText()));
    QVERIFY2(shown(messages).endsWith(QStringLiteral(
                 "The call ended (Success) but is not recorded: the KPI store is not available.")),
        qPrintable(shown(messages)));
    verifyNoCardNumber(shown(messages) + page->transcript()->plainText() + page->resultText());
}

void TestConsoleFaults::lockedStore_saysSoAndTheCallStillEnds()
{
    const QString db = m_dir.filePath(QStringLiteral("locked/kpi.sqlite"));
    {
        MainWindow window(FlowConfig(), QStringLiteral("sqlite:") + db, analyst());
        QSignalSpy messages(window.statusBar(), &QStatusBar::messageChanged);
        window.show();
        QString why;
        QVERIFY2(window.openStore(&why), qPrintable(why));
        SimulatorPage* page = window.simulator();
        QSignalSpy finished(page->session(), &CallSession::finished);

        // Another program takes the write lock and keeps it past the store's busy time-out (10 s).
        OtherWriter other(db);
        QVERIFY(other.isLocked());
        payWithKitCard(page, QStringLiteral("visa-approve"));
        // The window does not wait for the store: the call ends at once, as it would have.
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(!window.store()->isFailing());
        QCOMPARE(page->session()->flow()->result().outcome, Outcome::Success);
        QVERIFY2(page->resultText().contains(QStringLiteral("Success")), qPrintable(page->resultText()));

        QTRY_VERIFY_WITH_TIMEOUT(window.store()->isFailing(), 60000);
        QVERIFY2(shown(messages).contains(QStringLiteral("Calls are not being saved to the KPI store: "
                                                         "another program holds the store's write lock (")),
            qPrintable(shown(messages)));
        QVERIFY(shown(messages).contains(QStringLiteral("database is locked")));
        QCOMPARE(statusLabel(window, "storeStatus")->text(),
            QStringLiteral("Store: sqlite:%1 (not saving)").arg(db));
        QCOMPARE(window.store()->store().committedCount(), 0);

        // The lock goes: the store's next try saves the call.
        other.release();
        QTRY_VERIFY_WITH_TIMEOUT(!window.store()->isFailing(), 60000);
        QCOMPARE(window.store()->store().committedCount(), 1);
        QVERIFY2(shown(messages).endsWith(QStringLiteral("The KPI store saves calls again.")),
            qPrintable(shown(messages)));
        QCOMPARE(statusLabel(window, "storeStatus")->text(), QStringLiteral("Store: sqlite:%1").arg(db));
        verifyNoCardNumber(shown(messages) + page->transcript()->plainText() + page->resultText());
    }
    int sessions = 0;
    QCOMPARE(integrity(db, &sessions), QStringLiteral("ok"));
    QCOMPARE(sessions, 1);
}

void TestConsoleFaults::missingGatewayKey_endsAsTechnicalErrorBeforeCardData()
{
    // A merchant login with no key: without a keychain at all, or with one that holds nothing for it.
    FlowConfig config;
    config.gateway.mode = QStringLiteral("endpoint");
    config.gateway.url = QStringLiteral("https://gateway.invalid/xml/v1/request.api");
    config.gateway.merchantLogin = QStringLiteral("consolefaults-nokey-%1").arg(::getpid());
    const QString db = m_dir.filePath(QStringLiteral("nokey/kpi.sqlite"));
    MainWindow window(config, QStringLiteral("sqlite:") + db, analyst());
    // Said while the window was built (no event has run since, so the message is still up); the gateway's
    // label keeps the reason.
    const QString note = window.statusBar()->currentMessage();
    QSignalSpy messages(window.statusBar(), &QStatusBar::messageChanged);
    window.show();
    QLabel* gatewayLabel = statusLabel(window, "gatewayStatus");
    QVERIFY(gatewayLabel);
    QCOMPARE(gatewayLabel->text(), QStringLiteral("Gateway: not available"));
    QVERIFY2(note.startsWith(QStringLiteral("endpoint gateway not available: ")), qPrintable(note));
    QVERIFY2(
        note.endsWith(QStringLiteral("calls end as a technical error before any card data is asked for")),
        qPrintable(note));
    QVERIFY2(note.startsWith(gatewayLabel->toolTip()), qPrintable(gatewayLabel->toolTip()));
    // Without a keychain, the keychain's own reason; with one, that it holds no key for the login.
    QVERIFY2(note.contains(QStringLiteral("system keychain"))
            || note.contains(QStringLiteral("no transaction key for %1 in the keychain")
                                 .arg(config.gateway.merchantLogin)),
        qPrintable(note));

    // The call ends at once, as the tool's does: no payment can be taken, so no card data is asked for.
    SimulatorPage* page = window.simulator();
    QSignalSpy finished(page->session(), &CallSession::finished);
    QString why;
    QVERIFY2(page->startCall(&why), qPrintable(why));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const CallResult& result = page->session()->flow()->result();
    QCOMPARE(result.outcome, Outcome::TechnicalError);
    QVERIFY(result.steps.isEmpty());
    QVERIFY2(result.reason.startsWith(QStringLiteral("payments unavailable: ")), qPrintable(result.reason));
    QVERIFY2(page->resultText().contains(QStringLiteral("Technical error")), qPrintable(page->resultText()));
    QVERIFY(!page->transcript()->plainText().contains(QStringLiteral("card number")));
    QCOMPARE(gatewayLabel->text(), QStringLiteral("Gateway: not available"));
    verifyNoCardNumber(note + shown(messages) + page->transcript()->plainText() + page->resultText());
}

void TestConsoleFaults::gatewayDown_endsAsTechnicalError()
{
    // A port nothing listens on: bind one, learn its number, close it.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    FlowConfig config;
    config.gateway.mode = QStringLiteral("server");
    config.gateway.url = QStringLiteral("http://127.0.0.1:%1/xml/v1/request.api").arg(port);
    config.gateway.merchantLogin = QStringLiteral("consolefaults%1").arg(::getpid());
    config.gateway.connectTimeoutMs = 2000;
    config.gateway.transferTimeoutMs = 4000;
    const QString key = QStringLiteral("fault-key-1");

    // With a keychain the window builds the gateway itself; without one the same gateway is handed to its
    // simulator.
    QString why = QStringLiteral("no D-Bus session");
    const bool keychain = !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
        && GatewayChoice::storeKey(config.gateway.merchantLogin, key, &why);
    const auto clearKey = qScopeGuard([&] {
        QString ignored;
        if (keychain) {
            GatewayChoice::clearKey(config.gateway.merchantLogin, &ignored);
        }
    });
    std::unique_ptr<PaymentGateway> handedIn;
    if (!keychain) {
        qInfo("no keychain here (%s): the gateway is handed to the simulator", qPrintable(why));
        handedIn = makePaymentGateway(config, key, &why);
        QVERIFY2(handedIn, qPrintable(why));
    }
    const QString db = m_dir.filePath(QStringLiteral("down/kpi.sqlite"));
    MainWindow window(config, QStringLiteral("sqlite:") + db, analyst());
    QSignalSpy messages(window.statusBar(), &QStatusBar::messageChanged);
    SimulatorPage* page = window.simulator();
    if (handedIn) {
        page->setGateway(handedIn.get());
    } else {
        QVERIFY2(!statusLabel(window, "gatewayStatus")->text().contains(QStringLiteral("fallback")),
            qPrintable(statusLabel(window, "gatewayStatus")->toolTip()));
    }
    window.show();

    QSignalSpy finished(page->session(), &CallSession::finished);
    QSignalSpy answered(page->session(), &CallSession::gatewayAnswered);
    payWithKitCard(page, QStringLiteral("visa-approve"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const CallResult& result = page->session()->flow()->result();
    QCOMPARE(result.outcome, Outcome::TechnicalError);
    QCOMPARE(result.exit, CallExit::TransferToAgent);
    QCOMPARE(answered.size(), 1);
    const QString transcript = page->transcript()->plainText();
    QVERIFY2(transcript.contains(QStringLiteral("Gateway: payment submitted")), qPrintable(transcript));
    QVERIFY2(transcript.contains(
                 QStringLiteral("Gateway: error: the gateway could not be reached; nothing was charged")),
        qPrintable(transcript));
    QVERIFY(transcript.contains(QStringLiteral("call ended: Technical error")));
    QVERIFY2(page->resultText().contains(QStringLiteral("Technical error")), qPrintable(page->resultText()));
    QVERIFY2(page->resultText().contains(QStringLiteral(
                 "reason: gateway error: the gateway could not be reached; nothing was charged")),
        qPrintable(page->resultText()));
    // The exit in words, as the simulator shows it to people.
    QVERIFY2(page->resultText().contains(FlowDiagramWidget::exitLabel(QStringLiteral("transfer_to_agent"))),
        qPrintable(page->resultText()));
    QVERIFY(!page->keypad()->isEnabled());
    verifyNoCardNumber(shown(messages) + transcript + page->resultText());
    if (keychain) {
        // The gateway the window built journals its charges in the store before they leave, as voicepay-sim's
        // does: the refused connection left one row, with brand and last four only.
        QSqlDatabase journal
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("journal"));
        journal.setDatabaseName(db);
        QVERIFY(journal.open());
        QSqlQuery rows(journal);
        QVERIFY(rows.exec(QStringLiteral("SELECT state, merchant_login, last4 FROM payment_journal")));
        QVERIFY(rows.next());
        QCOMPARE(rows.value(1).toString(), config.gateway.merchantLogin);
        QCOMPARE(rows.value(2).toString().size(), 4);
        QVERIFY2(rows.value(0).toString() == u"error", qPrintable(rows.value(0).toString()));
        QVERIFY(!rows.next());
    }
}

QTEST_MAIN(TestConsoleFaults)
#include "tst_consolefaults.moc"

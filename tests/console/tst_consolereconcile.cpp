#include "admin/auditlog.h"
#include "auditkey.h"
#include "backgroundreconciler.h"
#include "config/gatewaychoice.h"
#include "gateway/gatewayresult.h"
#include "gateway/paymentgateway.h"
#include "gatewayfactory.h"
#include "journal/paymentjournal.h"
#include "sandboxhttpserver.h"
#include "shell/consolereconciliation.h"
#include "shell/mainwindow.h"
#include "store/kpiquery.h"
#include "store/kpistore.h"
#include "testcharge.h"

#include <QDateTime>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <optional>
#include <unistd.h>

using namespace voicepay;
using namespace voicepay::ui;

namespace {

const QString kSite = QStringLiteral("site-a");

// A call that ended not knowing whether its charge went through: stored as a technical error.
SessionRecord unconfirmedSession(const QString& id, qint64 startedAtMs)
{
    SessionRecord r;
    r.sessionId = id;
    r.site = kSite;
    r.callType = QStringLiteral("ivr");
    r.configVersion = QStringLiteral("v1");
    r.startedAtMs = startedAtMs;
    r.endedAtMs = startedAtMs + 60000;
    r.outcome = QStringLiteral("technical_error");
    r.exit = QStringLiteral("transfer_to_agent");
    r.amount = QStringLiteral("12.50");
    r.currency = QStringLiteral("USD");
    r.brand = QStringLiteral("visa");
    r.last4 = QStringLiteral("1111");
    r.attempts = 1;
    r.durationMs = 60000;
    r.lastStep = QStringLiteral("authorize");
    r.reason = QStringLiteral("payment unconfirmed, do not charge again until it is reconciled");
    r.path = QStringList { QStringLiteral("authorize"), r.outcome };
    return r;
}

JournalEntry unknownRow(const QString& invoice, const QString& sessionId, const QString& login, qint64 atMs)
{
    JournalEntry e;
    e.invoice = invoice;
    e.sessionId = sessionId;
    e.amount = QStringLiteral("12.50");
    e.currency = QStringLiteral("USD");
    e.brand = QStringLiteral("visa");
    e.last4 = QStringLiteral("1111");
    e.merchantLogin = login;
    e.gateway = QStringLiteral("server");
    e.site = kSite;
    e.callType = QStringLiteral("ivr");
    e.configVersion = QStringLiteral("v1");
    e.submittedAtMs = atMs;
    e.updatedAtMs = atMs;
    e.state = JournalState::submitted();
    return e;
}

StoreUrl storeUrl(const QString& text)
{
    QString error;
    return StoreUrl::parse(text, &error).value_or(StoreUrl());
}

} // namespace

// The console settles unconfirmed payments itself, as voicepay-sim does: at start (and every
// gateway.reconcileIntervalSeconds), on a thread of its own, so that the window never waits for the gateway.
class TestConsoleReconcile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_login = QStringLiteral("consolereconcile%1").arg(::getpid());
    QString m_key = QStringLiteral("reconcile-key-1");

    static ConsoleUser supervisor() { return ConsoleUser { QStringLiteral("sam"), Role::Supervisor }; }

    // A store holding the technical-error session `sessionId` and its journal row, left `unknown` ten
    // minutes ago (long past the quiet time of a call in progress).
    QString storeWithUnknownRow(const QString& name, const QString& invoice, const QString& sessionId)
    {
        const QString url = QStringLiteral("sqlite:") + m_dir.filePath(name);
        const StoreUrl parsed = storeUrl(url);
        const qint64 at = QDateTime::currentMSecsSinceEpoch() - 600000;
        QString error;
        {
            KpiStore store;
            if (!store.open(parsed, &error)) {
                qWarning("%s", qPrintable(error));
                return QString();
            }
            store.record(unconfirmedSession(sessionId, at - 60000));
            store.flush(&error);
        }
        PaymentJournal journal(parsed);
        if (!journal.open(&error) || !journal.submitted(unknownRow(invoice, sessionId, m_login, at), &error)
            || !journal.update(invoice, JournalState::unknown(), QString(), QString(),
                QStringLiteral("time-out"), at, &error)) {
            qWarning("%s", qPrintable(error));
            return QString();
        }
        return url;
    }

    bool keychain(QString* why)
    {
        *why = QStringLiteral("no D-Bus session");
        return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
            && GatewayChoice::storeKey(m_login, m_key, why);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanupTestCase()
    {
        QString ignored;
        GatewayChoice::clearKey(m_login, &ignored);
    }

    void openedOnUnknownRow_chargeHeldBySandbox_sessionBecomesSuccess()
    {
        QString why;
        if (!keychain(&why)) {
            QSKIP(qPrintable(QStringLiteral("needs the system keychain: ") + why));
        }
        SandboxHttpServer sandbox({ m_login, m_key });
        QVERIFY2(sandbox.listen(QHostAddress::LocalHost, 0, {}, {}, &why), qPrintable(why));
        FlowConfig config;
        config.site = kSite;
        config.gateway.mode = QStringLiteral("server");
        config.gateway.url = sandbox.endpoint().toString();
        config.gateway.merchantLogin = m_login;

        // The charge went through, but its call never heard so.
        const QString invoice = QStringLiteral("inv-console-1");
        auto client = makePaymentGateway(config, m_key, &why);
        QVERIFY2(client, qPrintable(why));
        TestCharge charge("4111111111111111", invoice);
        std::optional<GatewayResult> charged;
        client->submit(charge.request, [&charged](const GatewayResult& r) { charged = r; });
        QTRY_VERIFY_WITH_TIMEOUT(charged.has_value(), 15000);
        QVERIFY2(charged->status == GatewayResult::Status::Approved, qPrintable(charged->message));
        const QString transactionId = charged->transactionId;
        QVERIFY(!transactionId.isEmpty());

        const QString url
            = storeWithUnknownRow(QStringLiteral("settle.sqlite"), invoice, QStringLiteral("call-1"));
        QVERIFY(!url.isEmpty());
        MainWindow window(config, url, supervisor());
        QSignalSpy messages(window.statusBar(), &QStatusBar::messageChanged);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.reconciliation()->reconciler(), 10000);
        BackgroundReconciler* reconciler = window.reconciliation()->reconciler();
        QTRY_VERIFY_WITH_TIMEOUT(reconciler->runs() >= 1, 20000);

        // The session is now a success with the charge's transaction id; the rollups moved with it.
        const StoreUrl parsed = storeUrl(url);
        KpiQuery query(parsed);
        const auto sessions = query.sessions(0, QDateTime::currentMSecsSinceEpoch() + 1, { kSite, {}, true });
        QVERIFY2(sessions && sessions->size() == 1, qPrintable(query.lastError()));
        QCOMPARE(sessions->first().outcome, QStringLiteral("success"));
        const auto events = query.events(QStringLiteral("call-1"));
        QVERIFY(events);
        bool approvedEvent = false;
        for (const StoredEvent& e : *events) {
            approvedEvent = approvedEvent || (e.kind == u"gateway_approved" && e.detail == transactionId);
        }
        QVERIFY2(approvedEvent, "no gateway_approved event with the transaction id");
        PaymentJournal journal(parsed);
        QVERIFY2(journal.open(&why), qPrintable(why));
        QCOMPARE(journal.entry(invoice)->state, JournalState::reconciled());
        QCOMPARE(journal.entry(invoice)->transactionId, transactionId);
        QCOMPARE(journal.entry(invoice)->resolution, QStringLiteral("charged"));
        QCOMPARE(query.unconfirmedPayments().value_or(-1), qint64(0));

        // Audited as on the command line.
        const auto audit = AuditKey::openLog(journal.connection().database(), &why);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(audit->verify().ok);
        bool audited = false;
        for (const AuditRecord& r : audit->records()) {
            audited = audited
                || (r.action == u"payment_reconciled" && r.details.value(u"invoice").toString() == invoice
                    && r.details.value(u"transactionId").toString() == transactionId
                    && r.actor == u"reconciliation");
        }
        QVERIFY2(audited, "no payment_reconciled record for the invoice");
        QTRY_VERIFY(!messages.isEmpty());
        bool said = false;
        for (const QList<QVariant>& m : messages) {
            said = said || m.value(0).toString().contains(QStringLiteral("1 payments settled"));
        }
        QVERIFY2(said, "the status bar did not say what was settled");
    }

    void silentGateway_windowStaysResponsive_andClosesAtOnce()
    {
        QString why;
        if (!keychain(&why)) {
            QSKIP(qPrintable(QStringLiteral("needs the system keychain: ") + why));
        }
        // Takes connections and never answers: each look-up waits for the whole transfer time-out.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        FlowConfig config;
        config.site = kSite;
        config.gateway.mode = QStringLiteral("server");
        config.gateway.url
            = QStringLiteral("http://127.0.0.1:%1/xml/v1/request.api").arg(silent.serverPort());
        config.gateway.merchantLogin = m_login;
        config.gateway.transferTimeoutMs = 60000;

        const QString invoice = QStringLiteral("inv-console-2");
        const QString url
            = storeWithUnknownRow(QStringLiteral("silent.sqlite"), invoice, QStringLiteral("call-2"));
        QVERIFY(!url.isEmpty());
        {
            MainWindow window(config, url, supervisor());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_VERIFY_WITH_TIMEOUT(
                window.reconciliation()->reconciler() && window.reconciliation()->reconciler()->isBusy(),
                10000);
            // The reconciliation waits on the gateway while this thread (the GUI's) goes on: the window
            // changes area and repaints.
            window.showArea(MainWindow::Area::Sessions);
            QCOMPARE(window.currentArea(), MainWindow::Area::Sessions);
            window.repaint();
            QVERIFY(window.reconciliation()->reconciler()->isBusy());
            QCOMPARE(window.reconciliation()->reconciler()->runs(), 0);
        } // closed while the gateway still has not answered: the look-up is abandoned, not waited for

        PaymentJournal journal(storeUrl(url));
        QVERIFY2(journal.open(&why), qPrintable(why));
        QCOMPARE(journal.entry(invoice)->state, JournalState::unknown()); // left for the next start
    }
};

QTEST_MAIN(TestConsoleReconcile)
#include "tst_consolereconcile.moc"

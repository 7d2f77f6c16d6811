// Card-data hygiene of the console: calls driven through its call session, offscreen, then every file it
// wrote (its settings, its log, the store with its WAL, the spool of sessions a refusing store could not
// take, a recorded scenario, temporary files) and every text value of the store scanned for card numbers and
// codes.
#include "cardscan.h"
#include "shell/consolelanguage.h"
#include "shell/consolestore.h"
#include "shell/mainwindow.h"
#include "simulator/callsession.h"
#include "simulator/simulatorpage.h"
#include "testcards.h"
#include "writtenscan.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace voicepay;
using namespace voicepay::ui;

namespace {

QFile* logFile = nullptr;

// Every message the console logs goes to a file in the scanned folder, as a redirected stderr would.
void logToFile(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    if (logFile) {
        logFile->write(
            QByteArray(context.category ? context.category : "default") + ": " + message.toUtf8() + '\n');
        logFile->flush();
    }
}

QString spoken(const QByteArray& digits)
{
    static const char* const words[]
        = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" };
    QStringList out;
    for (char c : digits) {
        out << QLatin1String(words[c - '0']);
    }
    return out.join(QLatin1Char(' '));
}

// Runs SQL on the store from another connection (a refusal planted for the test).
bool execOn(const QString& path, const QString& sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plant"));
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plant"));
    return ok;
}

} // namespace

class TestConsoleHygiene : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void consoleCalls_leaveNoCardData();
    void cleanupTestCase();

private:
    void makeCall(CallSession* session, SimulatorPage* page, int i);

    QTemporaryDir m_written; // HOME, TMPDIR, the XDG folders: everything the console writes
    QSet<QByteArray> m_cards;
    QSet<QByteArray> m_codes;
    QSet<QByteArray> m_lastFours;
    QRandomGenerator m_rng { 20261129 };
};

void TestConsoleHygiene::initTestCase()
{
    QVERIFY(m_written.isValid());
    for (const char* sub : { "home", "tmp", "config", "data", "cache", "logs", "exports" }) {
        QVERIFY(QDir(m_written.path()).mkpath(QLatin1String(sub)));
    }
    qputenv("HOME", QFile::encodeName(m_written.filePath(QStringLiteral("home"))));
    qputenv("TMPDIR", QFile::encodeName(m_written.filePath(QStringLiteral("tmp"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_written.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_written.filePath(QStringLiteral("data"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_written.filePath(QStringLiteral("cache"))));
    qunsetenv("VOICEPAY_SPOOL_DIR"); // the spool in the console's own data folder, scanned with the rest
    QCoreApplication::setOrganizationName(QStringLiteral("VoicePay"));
    QCoreApplication::setApplicationName(QStringLiteral("voicepay"));
    logFile = new QFile(m_written.filePath(QStringLiteral("logs/console.log")));
    QVERIFY(logFile->open(QIODevice::WriteOnly));
    qInstallMessageHandler(logToFile);
    QLoggingCategory::setFilterRules(QStringLiteral("voicepay.*=true"));
}

void TestConsoleHygiene::cleanupTestCase()
{
    qInstallMessageHandler(nullptr);
    delete logFile;
    logFile = nullptr;
}

// One call as the analyst makes it: the full amount, a card number new to the test (keyed, or spoken into the
// Say box every fourth call), the expiry, the code, then confirmed (or hung up on every seventh call).
void TestConsoleHygiene::makeCall(CallSession* session, SimulatorPage* page, int i)
{
    const bool amex = i % 3 == 2;
    QByteArray card;
    QByteArray code;
    do {
        QString body = amex ? QStringLiteral("37") : QStringLiteral("4");
        while (body.size() < (amex ? 14 : 15)) {
            body += QChar(u'0' + int(m_rng.bounded(10)));
        }
        card = test::luhnComplete(body, amex ? 15 : 16).toLatin1();
        code = "0" + QByteArray::number(m_rng.bounded(amex ? 100 : 10, amex ? 1000 : 100));
    } while (m_cards.contains(card) || m_lastFours.contains(code) || m_codes.contains(card.right(4)));
    m_cards.insert(card);
    m_codes.insert(code);
    m_lastFours.insert(card.right(4));

    QString why;
    QVERIFY2(page->startCall(&why), qPrintable(why));
    session->pressKey(u'1');
    if (i % 4 == 1) {
        session->say(spoken(card));
        session->say(QStringLiteral("one two two nine"));
        session->say(spoken(code));
    } else {
        const QByteArray keys = card + (amex ? "" : "#") + "1229" + code;
        for (char c : keys) {
            session->pressKey(QLatin1Char(c));
        }
    }
    if (i % 7 == 6) {
        session->hangUp();
    } else {
        session->pressKey(u'1');
    }
}

void TestConsoleHygiene::consoleCalls_leaveNoCardData()
{
    const QString store = m_written.filePath(QStringLiteral("data/console.sqlite"));
    const int calls = 42;
    const int refusedFrom = 30;
    ConsoleLanguage::save(QStringLiteral("fr"));
    {
        MainWindow window(FlowConfig(), QStringLiteral("sqlite:") + store,
            ConsoleUser { QStringLiteral("analyst"), Role::Analyst });
        window.show();
        QString why;
        QVERIFY2(window.openStore(&why), qPrintable(why));
        SimulatorPage* page = window.simulator();
        CallSession* session = page->session();
        QSignalSpy finished(session, &CallSession::finished);
        for (int i = 0; i < calls; ++i) {
            if (i == refusedFrom) {
                QTRY_COMPARE_WITH_TIMEOUT(int(window.store()->store().committedCount()), refusedFrom, 10000);
                // From here the store refuses every session: they wait in memory and go to the spool at
                // close.
                QVERIFY(execOn(store,
                    QStringLiteral("CREATE TRIGGER hygiene_refuse BEFORE INSERT ON sessions BEGIN "
                                   "SELECT RAISE(ABORT, 'refused for the test'); END")));
            }
            makeCall(session, page, i);
            QTRY_COMPARE_WITH_TIMEOUT(int(finished.size()), i + 1, 10000);
            if (i == 5) {
                // The recorder's scenario of a finished call, as "Save scenario" writes it.
                QVERIFY2(
                    page->saveScenario(m_written.filePath(QStringLiteral("exports/recorded.json")), &why),
                    qPrintable(why));
            }
        }
    }
    // The window is gone: the store closed, spooling what it could not write.
    QStringList spools;
    QDirIterator it(m_written.filePath(QStringLiteral("data")), { QStringLiteral("*.jsonl") }, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        spools << it.next();
    }
    QVERIFY2(!spools.isEmpty(), "the refused sessions were not spooled");
    QVERIFY(execOn(store, QStringLiteral("DROP TRIGGER hygiene_refuse")));
    QVERIFY(writtenscan::dumpSqlite(store, m_written.filePath(QStringLiteral("exports/console-dump.sql"))));
    logFile->flush();

    const CardScan scan(m_cards, m_codes);
    QStringList leaks;
    int files = 0;
    writtenscan::scanTree(m_written.path(), scan, leaks, files);
    int lastFoursSeen = 0;
    writtenscan::scanSqliteValues(store, scan, leaks, lastFoursSeen, m_lastFours);

    // The scan read what it should: settings, log, store, spool; the store and the spool hold last fours.
    QVERIFY(QFile::exists(QSettings().fileName()));
    QVERIFY(QSettings().fileName().startsWith(m_written.path()));
    QVERIFY(logFile->size() > 0);
    QVERIFY2(lastFoursSeen >= refusedFrom / 2, qPrintable(QString::number(lastFoursSeen)));
    QFile spool(spools.first());
    QVERIFY(spool.open(QIODevice::ReadOnly));
    const QByteArray spooled = spool.readAll();
    int spooledLastFours = 0;
    for (const QByteArray& last4 : std::as_const(m_lastFours)) {
        spooledLastFours += spooled.contains(QByteArray('"' + last4 + '"')) ? 1 : 0;
    }
    QVERIFY2(spooledLastFours >= (calls - refusedFrom) / 2, spooled.left(2000).constData());
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.mid(0, 20).join(QLatin1Char('\n'))));
    qInfo("scanned %d files and the store for %lld card numbers and %lld security codes", files,
        static_cast<long long>(m_cards.size()), static_cast<long long>(m_codes.size()));
}

QTEST_MAIN(TestConsoleHygiene)
#include "tst_consolehygiene.moc"

#include "writtenscan.h"

#include "store/replaycodec.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace writtenscan {

void scanTree(const QString& root, const CardScan& scan, QStringList& leaks, int& files)
{
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            leaks << QStringLiteral("cannot read %1").arg(path);
            continue;
        }
        const QByteArray bytes = file.readAll();
        ++files;
        for (const CardScan::Hit& hit : scan.scanForCardNumbers(bytes)) {
            leaks << QStringLiteral("%1 in %2 at %3")
                         .arg(hit.what, QDir(root).relativeFilePath(path))
                         .arg(hit.offset);
        }
        const bool text = !bytes.left(4096).contains('\0');
        if (text) {
            for (const CardScan::Hit& hit : scan.scanTextForCodes(bytes)) {
                // A code is a short token: the text around it tells a real leak from a chance match.
                const QByteArray around = bytes.mid(std::max<qsizetype>(0, hit.offset - 60), 70).simplified();
                leaks << QStringLiteral("%1 in %2 at %3 (\"…%4\")")
                             .arg(hit.what, QDir(root).relativeFilePath(path))
                             .arg(hit.offset)
                             .arg(QString::fromLatin1(around));
            }
        }
    }
}

namespace {

// A byte value: its bytes, and the JSON of a replay body it decodes to.
void scanBytes(const QByteArray& bytes, const QString& where, const CardScan& scan, QStringList& leaks,
    int* replaysDecoded)
{
    const auto report = [&](const QList<CardScan::Hit>& hits, const char* form) {
        for (const CardScan::Hit& hit : hits) {
            leaks << QStringLiteral("%1 in %2 (%3)").arg(hit.what, where, QLatin1String(form));
        }
    };
    report(scan.scanForCardNumbers(bytes), "bytes");
    const QByteArray json = voicepay::replaycodec::unpack(bytes);
    if (json.isEmpty()) {
        return;
    }
    report(scan.scanForCardNumbers(json), "decoded replay");
    report(scan.scanTextForCodes(json), "decoded replay");
    if (replaysDecoded) {
        ++*replaysDecoded;
    }
}

void scanTable(QSqlDatabase& db, const QString& table, const CardScan& scan, QStringList& leaks,
    int& lastFoursSeen, const QSet<QByteArray>& lastFours, int* replaysDecoded)
{
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) {
        leaks << QStringLiteral("cannot read the table %1").arg(table);
        return;
    }
    while (rows.next()) {
        const QSqlRecord record = rows.record();
        for (int c = 0; c < record.count(); ++c) {
            const QVariant v = record.value(c);
            if (v.typeId() == QMetaType::QByteArray) {
                scanBytes(v.toByteArray(), table + u'.' + record.fieldName(c), scan, leaks, replaysDecoded);
                continue;
            }
            if (v.typeId() != QMetaType::QString) {
                continue;
            }
            const QString s = v.toString();
            if (scan.isSecurityCode(s)) {
                leaks << QStringLiteral("security code in %1.%2").arg(table, record.fieldName(c));
            }
            if (s.size() >= 15 && scan.containsCardNumber(s)) {
                leaks << QStringLiteral("card number in %1.%2").arg(table, record.fieldName(c));
            }
            if (lastFours.contains(s.toLatin1())) {
                ++lastFoursSeen;
            }
        }
    }
}

} // namespace

void scanSqliteValues(const QString& path, const CardScan& scan, QStringList& leaks, int& lastFoursSeen,
    const QSet<QByteArray>& lastFours, int* replaysDecoded)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("scan"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QStringList names;
        if (db.open()) {
            QSqlQuery tables(db);
            if (tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
                while (tables.next()) {
                    names << tables.value(0).toString();
                }
            }
        }
        if (names.isEmpty()) {
            leaks << QStringLiteral("cannot read the database %1").arg(path);
        }
        for (const QString& table : std::as_const(names)) {
            scanTable(db, table, scan, leaks, lastFoursSeen, lastFours, replaysDecoded);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("scan"));
}

bool writeReplayStore(const QString& path, const QByteArray& json)
{
    bool written = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("planted"));
        db.setDatabaseName(path);
        QSqlQuery insert(db);
        written = db.open()
            && QSqlQuery(db).exec(
                QStringLiteral("CREATE TABLE replays (session_seq INTEGER PRIMARY KEY, body BLOB)"))
            && insert.prepare(QStringLiteral("INSERT INTO replays (body) VALUES (?)"));
        if (written) {
            insert.addBindValue(voicepay::replaycodec::pack(json));
            written = insert.exec();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("planted"));
    return written;
}

bool dumpSqlite(const QString& database, const QString& out)
{
    QProcess dump;
    dump.setStandardOutputFile(out);
    dump.start(QStringLiteral("sqlite3"), { database, QStringLiteral(".dump") });
    return dump.waitForFinished(120000) && dump.exitStatus() == QProcess::NormalExit && dump.exitCode() == 0;
}

} // namespace writtenscan

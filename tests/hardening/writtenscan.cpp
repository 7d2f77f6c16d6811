#include "writtenscan.h"

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

void scanTable(QSqlDatabase& db, const QString& table, const CardScan& scan, QStringList& leaks,
    int& lastFoursSeen, const QSet<QByteArray>& lastFours)
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
    const QSet<QByteArray>& lastFours)
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
            scanTable(db, table, scan, leaks, lastFoursSeen, lastFours);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("scan"));
}

bool dumpSqlite(const QString& database, const QString& out)
{
    QProcess dump;
    dump.setStandardOutputFile(out);
    dump.start(QStringLiteral("sqlite3"), { database, QStringLiteral(".dump") });
    return dump.waitForFinished(120000) && dump.exitStatus() == QProcess::NormalExit && dump.exitCode() == 0;
}

} // namespace writtenscan

#pragma once

#include "cardscan.h"

#include <QSet>
#include <QStringList>

// What the card-data hygiene tests scan once the programs have run: every file under a folder (card numbers
// in any form, security codes as whole tokens in text files), and every text value of a SQLite database.
namespace writtenscan {

// Adds one line per finding to `leaks`; counts the files read in `files`.
void scanTree(const QString& root, const CardScan& scan, QStringList& leaks, int& files);
// Every text column of every table; counts the values that are one of `lastFours` (the scan saw the rows).
void scanSqliteValues(const QString& path, const CardScan& scan, QStringList& leaks, int& lastFoursSeen,
    const QSet<QByteArray>& lastFours);
// `sqlite3 FILE .dump` into `out`; false when it did not run.
bool dumpSqlite(const QString& database, const QString& out);

} // namespace writtenscan

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
// Byte columns are scanned as they are and, when they are a stored replay's body (compressed), as the JSON
// they decode to; `replaysDecoded`, if given, counts those.
void scanSqliteValues(const QString& path, const CardScan& scan, QStringList& leaks, int& lastFoursSeen,
    const QSet<QByteArray>& lastFours, int* replaysDecoded = nullptr);
// A store at `path` with one table, `replays`, holding `json` as the store writes a replay (compressed).
bool writeReplayStore(const QString& path, const QByteArray& json);
// `sqlite3 FILE .dump` into `out`; false when it did not run.
bool dumpSqlite(const QString& database, const QString& out);

} // namespace writtenscan

#pragma once

#include "sessionrecord.h"
#include "storeurl.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace voicepay {

// Sessions a store could not take when it closed (locked by another writer past the busy time-out, a full
// disk, a read-only file) are kept here, one file per store in the user's data folder, until the store next
// opens and commits them. A spool holds what the store would hold: brand and last four at most. A lock file
// keeps two processes from draining or appending at the same time.
class SessionSpool
{
public:
    // `folder`: where the spool files live; the data folder's "spool" by default (VOICEPAY_SPOOL_DIR
    // overrides).
    explicit SessionSpool(const StoreUrl& url, QString folder = QString());

    QString filePath() const { return m_path; }
    static QString defaultFolder();

    // Appends the records (one JSON line each) and syncs the file to disk.
    bool append(const QList<SessionRecord>& records, QString* error);

    // Reads the spooled sessions; a line that cannot be read is named with the reason in `problems`. `error`
    // is set when the file exists but cannot be read at all.
    QList<SessionRecord> read(QStringList* problems, QString* error) const;
    // Once its sessions are committed: removes the file, or with `keepAside` (some lines could not be read)
    // renames it to "<file>.<time>.bad" so that nothing is lost.
    bool retire(bool keepAside, QString* error);

    // Holds the spool's lock for its lifetime (drain or append); false when another process keeps it past the
    // wait.
    class Lock
    {
    public:
        explicit Lock(const SessionSpool& spool, int waitMs = 5000);
        ~Lock();
        bool isLocked() const { return m_locked; }
        Lock(const Lock&) = delete;
        Lock& operator=(const Lock&) = delete;

    private:
        struct Data;
        Data* m_d;
        bool m_locked = false;
    };

private:
    QString m_path;
};

} // namespace voicepay

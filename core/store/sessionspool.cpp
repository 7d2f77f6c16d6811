#include "sessionspool.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QStandardPaths>
#include <unistd.h>

namespace voicepay {

namespace {
QString translated(const char* text)
{
    return QCoreApplication::translate("SessionSpool", text);
}

QString storeKey(const StoreUrl& url)
{
    QString identity = url.displayString();
    if (url.backend == StoreUrl::Backend::Sqlite) {
        // The same file reached by two paths is one store.
        const QFileInfo info(url.path);
        identity = QStringLiteral("sqlite:")
            + (info.exists() ? info.canonicalFilePath() : info.absoluteFilePath());
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
}

bool syncAndClose(QFile& file, QString* error)
{
    if (!file.flush() || ::fsync(file.handle()) != 0) {
        *error = translated(QT_TRANSLATE_NOOP("SessionSpool", "%1: %2"))
                     .arg(file.fileName(), file.errorString());
        return false;
    }
    file.close();
    return true;
}
} // namespace

struct SessionSpool::Lock::Data
{
    explicit Data(const QString& path)
        : file(path)
    {
    }
    QLockFile file;
};

SessionSpool::Lock::Lock(const SessionSpool& spool, int waitMs)
    : m_d(new Data(spool.m_path + QStringLiteral(".lock")))
{
    QDir().mkpath(QFileInfo(spool.m_path).absolutePath());
    m_locked = m_d->file.tryLock(waitMs);
}

SessionSpool::Lock::~Lock()
{
    if (m_locked) {
        m_d->file.unlock();
    }
    delete m_d;
}

SessionSpool::SessionSpool(const StoreUrl& url, QString folder)
{
    if (folder.isEmpty()) {
        folder = defaultFolder();
    }
    m_path = QDir(folder).filePath(storeKey(url) + QStringLiteral(".jsonl"));
}

QString SessionSpool::defaultFolder()
{
    const QString overridden = qEnvironmentVariable("VOICEPAY_SPOOL_DIR");
    if (!overridden.isEmpty()) {
        return overridden;
    }
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("spool"));
}

bool SessionSpool::append(const QList<SessionRecord>& records, QString* error)
{
    if (records.isEmpty()) {
        return true;
    }
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = translated(QT_TRANSLATE_NOOP("SessionSpool", "cannot create the folder %1"))
                     .arg(info.absolutePath());
        return false;
    }
    QFile file(m_path);
    // Created with its mode (O_CREAT 0600), never readable by others for a moment.
    if (!file.open(
            QIODevice::WriteOnly | QIODevice::Append, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = translated(QT_TRANSLATE_NOOP("SessionSpool", "%1: %2")).arg(m_path, file.errorString());
        return false;
    }
    for (const SessionRecord& r : records) {
        QByteArray line = QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact);
        line.append('\n');
        if (file.write(line) != line.size()) {
            *error = translated(QT_TRANSLATE_NOOP("SessionSpool", "%1: %2")).arg(m_path, file.errorString());
            return false;
        }
    }
    return syncAndClose(file, error);
}

QList<SessionRecord> SessionSpool::read(QStringList* problems, QString* error) const
{
    QList<SessionRecord> out;
    QFile file(m_path);
    if (!file.exists()) {
        return out;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = translated(QT_TRANSLATE_NOOP("SessionSpool", "%1: %2")).arg(m_path, file.errorString());
        return out;
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine(16 * 1024 * 1024);
        ++lineNumber;
        if (line.trimmed().isEmpty()) {
            continue;
        }
        QJsonParseError parse {};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parse);
        QString why;
        std::optional<SessionRecord> record;
        if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
            why = parse.error != QJsonParseError::NoError
                ? parse.errorString()
                : translated(QT_TRANSLATE_NOOP("SessionSpool", "not a JSON object"));
        } else {
            record = SessionRecord::fromJson(doc.object(), &why);
        }
        if (record) {
            out << *record;
        } else {
            *problems << translated(QT_TRANSLATE_NOOP("SessionSpool", "%1 line %2: %3"))
                             .arg(m_path)
                             .arg(lineNumber)
                             .arg(why);
        }
    }
    return out;
}

bool SessionSpool::retire(bool keepAside, QString* error)
{
    QFile file(m_path);
    if (!file.exists()) {
        return true;
    }
    if (keepAside) {
        // Lines that could not be read (cut short by a crash, damaged on disk) are kept for a person to look
        // at.
        const QString aside = m_path + QStringLiteral(".")
            + QString::number(QDateTime::currentMSecsSinceEpoch()) + QStringLiteral(".bad");
        if (!file.rename(aside)) {
            *error = translated(QT_TRANSLATE_NOOP("SessionSpool", "%1: %2")).arg(m_path, file.errorString());
            return false;
        }
        return true;
    }
    if (!file.remove()) {
        *error = translated(QT_TRANSLATE_NOOP("SessionSpool", "%1: %2")).arg(m_path, file.errorString());
        return false;
    }
    return true;
}

} // namespace voicepay

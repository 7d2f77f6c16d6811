#include "promptset.h"

#include "wavfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace voicepay {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("PromptSet", text);
}

bool fail(QString* error, const QString& why)
{
    if (error) {
        *error = why;
    }
    return false;
}

constexpr qint64 maxManifestBytes = 8 * 1024 * 1024;
const QString formatName = QStringLiteral("voicepay-promptset");

} // namespace

QString PromptSetEntry::sourceName(Source source)
{
    return source == Source::Recorded ? QStringLiteral("recorded") : QStringLiteral("synthesised");
}

QString PromptSet::manifestPath(const QString& directory)
{
    return QDir(directory).filePath(QStringLiteral("manifest.json"));
}

QString PromptSet::wavPath(const QString& directory, int sampleRate, const QString& id)
{
    return QDir(directory).filePath(
        QString::number(sampleRate) + QLatin1Char('/') + id + QStringLiteral(".wav"));
}

QString PromptSet::defaultDirectory(const QString& language)
{
    const QString code = language.isEmpty() ? QStringLiteral("en-US") : language;
    const QString fromEnv = qEnvironmentVariable("VOICEPAY_PROMPTS");
    if (!fromEnv.isEmpty()) {
        const QString perLanguage = QDir(fromEnv).filePath(code);
        if (QFile::exists(manifestPath(perLanguage))) {
            return perLanguage;
        }
        if (code == u"en-US") {
            return fromEnv;
        }
    }
    const QDir app(QCoreApplication::applicationDirPath());
    for (const QString& candidate :
        { QStringLiteral("../prompts/recorded/"), QStringLiteral("../prompts/") }) {
        const QString dir = app.filePath(candidate + code);
        if (QFile::exists(manifestPath(dir))) {
            return QDir::cleanPath(dir);
        }
    }
    return app.filePath(QStringLiteral("prompts/") + code);
}

bool PromptSet::isValidId(const QString& id)
{
    if (id.isEmpty() || id.size() > 100) {
        return false;
    }
    for (QChar c : id) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
        if (!ok) {
            return false;
        }
    }
    return true;
}

std::optional<PromptSet> PromptSet::open(const QString& directory, QString* error)
{
    const QString path = manifestPath(directory);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, path + QStringLiteral(": ") + file.errorString());
        return std::nullopt;
    }
    if (file.size() > maxManifestBytes) {
        fail(error,
            path + QStringLiteral(": ")
                + translated(QT_TRANSLATE_NOOP("PromptSet", "the manifest is larger than 8 MiB")));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    auto bad = [&](const QString& why) {
        fail(error, path + QStringLiteral(": ") + why);
        return std::nullopt;
    };
    if (parseError.error != QJsonParseError::NoError) {
        return bad(translated(QT_TRANSLATE_NOOP("PromptSet", "not valid JSON at offset %1: %2"))
                       .arg(parseError.offset)
                       .arg(parseError.errorString()));
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != formatName) {
        return bad(translated(
            QT_TRANSLATE_NOOP("PromptSet", "not a prompt set manifest (\"format\" must be \"%1\")"))
                       .arg(formatName));
    }
    if (root.value(QStringLiteral("version")).toInt() != 1) {
        return bad(translated(QT_TRANSLATE_NOOP("PromptSet", "unsupported manifest version %1"))
                       .arg(root.value(QStringLiteral("version")).toInt()));
    }
    PromptSet set;
    set.m_directory = directory;
    set.m_language = root.value(QStringLiteral("language")).toString();
    const QJsonValue segments = root.value(QStringLiteral("segments"));
    if (!segments.isArray()) {
        return bad(translated(QT_TRANSLATE_NOOP("PromptSet", "\"segments\" must be a list")));
    }
    const QJsonArray list = segments.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        PromptSetEntry e;
        e.id = o.value(QStringLiteral("id")).toString();
        e.text = o.value(QStringLiteral("text")).toString();
        e.voice = o.value(QStringLiteral("voice")).toString();
        e.synthesis = o.value(QStringLiteral("synthesis")).toString();
        e.recording = o.value(QStringLiteral("recording")).toString();
        const QString source = o.value(QStringLiteral("source")).toString();
        const QString where = QStringLiteral("segments[%1]: ").arg(i);
        if (!isValidId(e.id)) {
            return bad(where
                + translated(
                    QT_TRANSLATE_NOOP("PromptSet", "\"%1\" is not a valid segment id (a-z, 0-9, _ and -)"))
                      .arg(e.id.left(60)));
        }
        if (set.m_index.contains(e.id)) {
            return bad(
                where + translated(QT_TRANSLATE_NOOP("PromptSet", "\"%1\" is listed twice")).arg(e.id));
        }
        if (source == u"recorded") {
            e.source = PromptSetEntry::Source::Recorded;
        } else if (source == u"synthesised") {
            e.source = PromptSetEntry::Source::Synthesised;
        } else {
            return bad(where
                + translated(
                    QT_TRANSLATE_NOOP("PromptSet", "\"source\" must be \"recorded\" or \"synthesised\"")));
        }
        set.m_index.insert(e.id, set.m_entries.size());
        set.m_entries << e;
    }
    return set;
}

bool PromptSet::writeManifest(
    const QString& directory, const QString& language, const QList<PromptSetEntry>& entries, QString* error)
{
    QJsonArray list;
    for (const PromptSetEntry& e : entries) {
        QJsonObject o { { QStringLiteral("id"), e.id }, { QStringLiteral("text"), e.text },
            { QStringLiteral("source"), PromptSetEntry::sourceName(e.source) } };
        if (!e.voice.isEmpty()) {
            o.insert(QStringLiteral("voice"), e.voice);
        }
        if (!e.synthesis.isEmpty()) {
            o.insert(QStringLiteral("synthesis"), e.synthesis);
        }
        if (!e.recording.isEmpty()) {
            o.insert(QStringLiteral("recording"), e.recording);
        }
        list.append(o);
    }
    const QJsonObject root { { QStringLiteral("format"), formatName }, { QStringLiteral("version"), 1 },
        { QStringLiteral("language"), language },
        { QStringLiteral("sampleRates"), QJsonArray { 8000, 16000 } }, { QStringLiteral("segments"), list } };
    const QString path = manifestPath(directory);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        return fail(error, path + QStringLiteral(": ") + file.errorString());
    }
    return true;
}

const PromptSetEntry* PromptSet::find(const QString& id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_entries.at(*it);
}

std::optional<AudioBuffer> PromptSet::load(const QString& id, int sampleRate, QString* error) const
{
    const QString key = QString::number(sampleRate) + QLatin1Char('/') + id;
    if (const auto it = m_cache.constFind(key); it != m_cache.cend()) {
        return *it;
    }
    if (!find(id)) {
        fail(error,
            translated(QT_TRANSLATE_NOOP("PromptSet", "the prompt set has no segment \"%1\"")).arg(id));
        return std::nullopt;
    }
    QString why;
    auto audio = WavFile::read(wavPath(m_directory, sampleRate, id), &why);
    if (!audio) {
        fail(error, why);
        return std::nullopt;
    }
    if (audio->sampleRate != sampleRate) {
        fail(error,
            translated(QT_TRANSLATE_NOOP("PromptSet", "%1 is at %2 Hz, not %3 Hz"))
                .arg(wavPath(m_directory, sampleRate, id))
                .arg(audio->sampleRate)
                .arg(sampleRate));
        return std::nullopt;
    }
    m_cache.insert(key, *audio);
    return audio;
}

} // namespace voicepay

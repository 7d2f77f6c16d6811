#include "spokencalls.h"

#include "cards/cardbrand.h"
#include "testcards.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <algorithm>
#include <functional>

namespace voicepay::test {

namespace {

// The last `count` of `values` (sorted) that `fits`: the keyed calls take theirs from the front.
QStringList pick(
    const QSet<QByteArray>& values, int count, const std::function<bool(const QByteArray&)>& fits)
{
    QList<QByteArray> sorted = values.values();
    std::sort(sorted.begin(), sorted.end());
    QStringList out;
    for (qsizetype i = sorted.size() - 1; i >= 0 && out.size() < count; --i) {
        if (fits(sorted.at(i))) {
            out << QString::fromLatin1(sorted.at(i));
        }
    }
    return out;
}

bool speak(const QString& text, const QString& wavPath)
{
    QProcess flite;
    flite.start(QStringLiteral("flite"),
        { QStringLiteral("-voice"), QStringLiteral("slt"), QStringLiteral("-t"), text, QStringLiteral("-o"),
            wavPath });
    if (!flite.waitForFinished(30000)) {
        flite.kill();
        flite.waitForFinished();
        return false;
    }
    return flite.exitStatus() == QProcess::NormalExit && flite.exitCode() == 0;
}

bool writeScenario(const QString& path, const QStringList& inputs)
{
    const QJsonObject call { { QStringLiteral("accountId"), QStringLiteral("10001") },
        { QStringLiteral("amountDue"), QStringLiteral("42.00") }, { QStringLiteral("identified"), true } };
    const QJsonObject config { { QStringLiteral("allowedBrands"),
        QJsonArray::fromStringList(CardBrandTable::standard().ids()) } };
    const QJsonObject scenario { { QStringLiteral("call"), call }, { QStringLiteral("config"), config },
        { QStringLiteral("date"), QStringLiteral("2026-11-25") },
        { QStringLiteral("inputs"), QJsonArray::fromStringList(inputs) } };
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(scenario).toJson()) > 0;
}

} // namespace

QList<SpokenCall> writeSpokenCalls(
    const QSet<QByteArray>& cards, const QSet<QByteArray>& codes, const QString& folder, QString* error)
{
    const QStringList card = pick(cards, 2, [](const QByteArray& c) {
        const QString number = QString::fromLatin1(c);
        return number.size() == 16 && luhnComplete(number.left(15), 16) == number;
    });
    const QStringList code = pick(codes, 2, [](const QByteArray& c) { return c.size() == 3; });
    if (card.size() < 2 || code.size() < 2 || !QDir().mkpath(folder)) {
        *error = QStringLiteral("no 16-digit cards and 3-digit codes to speak, or no folder");
        return {};
    }
    // Recordings of the caller, answered step by step.
    const QStringList said { QStringLiteral("full amount"), spokenDigits(card.at(0)),
        QStringLiteral("one two two nine"), spokenDigits(code.at(0)), QStringLiteral("yes") };
    QStringList recorded;
    for (int i = 0; i < said.size(); ++i) {
        const QString wav = QStringLiteral("%1/answer%2.wav").arg(folder).arg(i);
        if (!speak(said.at(i), wav)) {
            *error = QStringLiteral("flite could not record an answer (Debian: flite)");
            return {};
        }
        recorded << QStringLiteral("audio:") + wav;
    }
    const QStringList texts { QStringLiteral("say:full amount"), QStringLiteral("say:") + card.at(1),
        QStringLiteral("say:one two two nine"), QStringLiteral("say:") + code.at(1),
        QStringLiteral("say:yes") };
    const QList<SpokenCall> calls {
        { folder + QStringLiteral("/recorded.json"), {}, card.at(0).right(4) },
        { folder + QStringLiteral("/synthesised.json"),
            { QStringLiteral("--speech"), QStringLiteral("synth:slt") }, card.at(1).right(4) },
    };
    if (!writeScenario(calls.at(0).scenario, recorded) || !writeScenario(calls.at(1).scenario, texts)) {
        *error = QStringLiteral("cannot write the spoken calls' scenarios");
        return {};
    }
    return calls;
}

QString spokenDigits(const QString& digits)
{
    static const char* const words[]
        = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" };
    QStringList out;
    for (QChar c : digits) {
        out << QLatin1String(words[c.digitValue()]);
    }
    return out.join(QLatin1Char(' '));
}

} // namespace voicepay::test

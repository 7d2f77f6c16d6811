#include "speechcorpus.h"

#include "cards/luhn.h"
#include "flow/voiceinput.h"

#include <QRandomGenerator>
#include <ctime>

namespace voicepay::SpeechCorpus {

namespace {

double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

SpeechSample sample(Step step, const char* text, const char* expected)
{
    return SpeechSample { step, QString::fromLatin1(text), QString::fromLatin1(expected) };
}

std::optional<QString> menuKey(Step step, const QString& utterance)
{
    switch (step) {
    case Step::Confirm:
        return VoiceInput::yesNo(utterance);
    case Step::AmountChoice:
        return VoiceInput::amountChoice(utterance);
    default:
        return VoiceInput::correctionItem(utterance);
    }
}

} // namespace

QList<SpeechSample> cardNumbers(int count, quint32 seed)
{
    static const char* const names[]
        = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" };
    QRandomGenerator random(seed);
    QList<SpeechSample> out;
    while (out.size() < count) {
        std::string digits = "4";
        while (digits.size() < 15) {
            digits += char('0' + random.bounded(10));
        }
        for (char check = '0'; check <= '9'; ++check) {
            if (luhnValid(digits + check)) {
                digits += check;
                break;
            }
        }
        QStringList words;
        for (char d : digits) {
            words << QLatin1String(names[d - '0']);
        }
        out << SpeechSample { Step::CardNumber, words.join(QLatin1Char(' ')),
            QString::fromStdString(digits) };
    }
    return out;
}

QList<SpeechSample> yesNo()
{
    return { sample(Step::Confirm, "yes", "1"), sample(Step::Confirm, "no", "2"),
        sample(Step::Confirm, "yeah", "1"), sample(Step::Confirm, "nope", "2"),
        sample(Step::Confirm, "correct", "1"), sample(Step::Confirm, "wrong", "2"),
        sample(Step::Confirm, "yes", "1"), sample(Step::Confirm, "no", "2"),
        sample(Step::Confirm, "that is right", "1"), sample(Step::Confirm, "change", "2") };
}

QList<SpeechSample> menus()
{
    return { sample(Step::AmountChoice, "the full amount", "1"),
        sample(Step::AmountChoice, "other amount", "2"), sample(Step::AmountChoice, "balance", "1"),
        sample(Step::AmountChoice, "a different amount", "2"), sample(Step::CorrectionChoice, "amount", "1"),
        sample(Step::CorrectionChoice, "card number", "2"), sample(Step::CorrectionChoice, "expiry", "3"),
        sample(Step::CorrectionChoice, "security code", "4"),
        sample(Step::CorrectionChoice, "expiration", "3"), sample(Step::CorrectionChoice, "card", "2") };
}

QList<SpeechSample> expiries()
{
    return { sample(Step::Expiry, "december twenty twenty eight", "1228"),
        sample(Step::Expiry, "twelve twenty eight", "1228"),
        sample(Step::Expiry, "one two two eight", "1228"),
        sample(Step::Expiry, "march of twenty thirty", "0330"),
        sample(Step::Expiry, "oh five twenty nine", "0529"),
        sample(Step::Expiry, "july two thousand twenty seven", "0727") };
}

QList<SpeechSample> amounts()
{
    return { sample(Step::AmountEntry, "one hundred twenty five dollars fifty", "125 point 50"),
        sample(Step::AmountEntry, "forty dollars", "40"),
        sample(Step::AmountEntry, "two thousand dollars", "2000"),
        sample(Step::AmountEntry, "seventy five dollars and twenty cents", "75 point 20"),
        sample(Step::AmountEntry, "twelve point five oh", "12 point 50"),
        sample(Step::AmountEntry, "three hundred and nine dollars", "309") };
}

int digitDistance(const QString& expected, const QString& got)
{
    const qsizetype n = expected.size();
    const qsizetype m = got.size();
    QList<int> row(m + 1);
    for (qsizetype j = 0; j <= m; ++j) {
        row[j] = int(j);
    }
    for (qsizetype i = 1; i <= n; ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int above = row[j];
            row[j] = std::min(
                { row[j] + 1, row[j - 1] + 1, diagonal + (expected[i - 1] == got[j - 1] ? 0 : 1) });
            diagonal = above;
        }
    }
    return row[m];
}

QString evaluate(
    Recognizer& recognizer, const SpeechSample& sample, const AudioBuffer& audio, SpeechScore& score)
{
    AudioBuffer padded = audio;
    padded.appendSilence(1000);
    const SpeechGrammar grammar = SpeechGrammar::forStep(sample.step);
    const double start = threadCpuSeconds();
    Recognition heard = recognizer.recognise(grammar, padded.samples.data(),
        static_cast<qsizetype>(padded.samples.size()), padded.sampleRate, 8000);
    score.cpuSeconds += threadCpuSeconds() - start;
    score.audioSeconds += double(audio.durationMs()) / 1000.0;
    const QString got = heard.status == Recognition::Status::Match ? heard.utterance : QString();
    switch (sample.step) {
    case Step::CardNumber:
        score.digits += int(sample.expected.size());
        score.digitErrors += std::min(int(sample.expected.size()), digitDistance(sample.expected, got));
        ++score.numbers;
        score.numbersRight += got == sample.expected ? 1 : 0;
        break;
    case Step::Confirm:
        ++score.yesNo;
        score.yesNoRight += menuKey(sample.step, got) == sample.expected ? 1 : 0;
        break;
    case Step::AmountChoice:
    case Step::CorrectionChoice:
        ++score.menus;
        score.menusRight += menuKey(sample.step, got) == sample.expected ? 1 : 0;
        break;
    default:
        ++score.other;
        score.otherRight += got == sample.expected ? 1 : 0;
        break;
    }
    return got;
}

} // namespace voicepay::SpeechCorpus

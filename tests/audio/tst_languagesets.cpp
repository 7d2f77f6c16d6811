// A prompt set per language: the synthesised sets the build makes hold every segment of their language, the
// recorded sets take the segments the asterisk-core-sounds recordings hold from them and say so, and a prompt
// is never rendered from another language's set.
#include "audio/asterisksounds.h"
#include "audio/promptrenderer.h"
#include "audio/promptset.h"
#include "audio/segmenttable.h"
#include "prompts/promptcatalog.h"
#include "prompts/promptlanguage.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace voicepay;

class TestLanguageSets : public QObject
{
    Q_OBJECT

    static QString setDir(const QString& language, bool recorded)
    {
        return QStringLiteral(VOICEPAY_BINARY_DIR "/prompts/")
            + (recorded ? QStringLiteral("recorded/") : QString()) + language;
    }

private slots:
    void recordingsOfASegment_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("files");
        auto l = [](std::initializer_list<const char*> names) {
            QStringList out;
            for (const char* n : names) {
                out << QString::fromLatin1(n);
            }
            return out;
        };
        QTest::newRow("English 25") << "en-US"
                                    << "num_25" << l({ "digits/20.wav", "digits/5.wav" });
        QTest::newRow("English 300") << "en-US"
                                     << "num_300" << l({ "digits/3.wav", "digits/hundred.wav" });
        QTest::newRow("English December") << "en-US"
                                          << "month_12" << l({ "digits/mon-11.wav" });
        QTest::newRow("English oh") << "en-US"
                                    << "word_oh" << l({ "digits/oh.wav" });
        QTest::newRow("French 17") << "fr-FR"
                                   << "num_17" << l({ "digits/17.wav" });
        QTest::newRow("French 21") << "fr-FR"
                                   << "num_21" << l({ "digits/20.wav", "digits/et.wav", "digits/1.wav" });
        QTest::newRow("French 71") << "fr-FR"
                                   << "num_71" << l({ "digits/60.wav", "digits/et.wav", "digits/11.wav" });
        QTest::newRow("French 81") << "fr-FR"
                                   << "num_81" << l({ "digits/80.wav", "digits/1.wav" });
        QTest::newRow("French 97") << "fr-FR"
                                   << "num_97" << l({ "digits/80.wav", "digits/17.wav" });
        QTest::newRow("French cent") << "fr-FR"
                                     << "num_100" << l({ "digits/hundred.wav" });
        QTest::newRow("French feminine") << "fr-FR"
                                         << "num_21_f" << QStringList();
        QTest::newRow("French phrase") << "fr-FR"
                                       << "welcome" << QStringList();
        QTest::newRow("Spanish 29") << "es-ES"
                                    << "num_29" << l({ "digits/29.wav" });
        QTest::newRow("Spanish 32") << "es-ES"
                                    << "num_32" << l({ "digits/30.wav", "digits/and.wav", "digits/2.wav" });
        QTest::newRow("Spanish un") << "es-ES"
                                    << "num_1_a" << l({ "digits/1M.wav" });
        QTest::newRow("Spanish treinta y una")
            << "es-ES"
            << "num_31_f" << l({ "digits/30.wav", "digits/and.wav", "digits/1F.wav" });
        QTest::newRow("Spanish ciento") << "es-ES"
                                        << "num_100_link" << l({ "digits/100-and.wav" });
        QTest::newRow("Spanish cien") << "es-ES"
                                      << "num_100" << l({ "digits/hundred.wav" });
        QTest::newRow("Spanish quinientos") << "es-ES"
                                            << "num_500" << l({ "digits/500.wav" });
        QTest::newRow("Spanish millones") << "es-ES"
                                          << "num_million_many" << l({ "digits/millions.wav" });
        QTest::newRow("Spanish de") << "es-ES"
                                    << "word_de" << l({ "digits/es-de.wav" });
        QTest::newRow("letter") << "es-ES"
                                << "char_q" << l({ "letters/q.wav" });
        QTest::newRow("masked digit") << "fr-FR"
                                      << "masked_digit" << l({ "letters/x.wav" });
        QTest::newRow("no German recordings") << "de-DE"
                                              << "num_1" << QStringList();
    }

    void recordingsOfASegment()
    {
        QFETCH(QString, language);
        QFETCH(QString, id);
        QFETCH(QStringList, files);
        QCOMPARE(AsteriskSounds::files(language, id), files);
    }

    void everyRecordingNamedIsInstalled()
    {
        for (const QString& language : PromptLanguage::available()) {
            const QString dir = AsteriskSounds::directory(language);
            if (dir.isEmpty()) {
                continue; // German, or the package is not installed
            }
            int held = 0;
            for (const SpokenSegment& s : SegmentTable::all(language)) {
                const QStringList files = AsteriskSounds::files(language, s.id);
                held += !files.isEmpty();
                for (const QString& f : files) {
                    QVERIFY2(QFileInfo::exists(QDir(dir).filePath(f)),
                        qPrintable(language + QLatin1Char(' ') + f));
                }
            }
            QVERIFY2(held >= 120, qPrintable(language + QStringLiteral(": %1").arg(held)));
        }
    }

    void everyLanguageHasItsSet()
    {
        for (const QString& language : PromptLanguage::available()) {
            QString error;
            const auto set = PromptSet::open(setDir(language, false), &error);
            QVERIFY2(set, qPrintable(error));
            QCOMPARE(set->language(), language);
            for (const SpokenSegment& s : SegmentTable::all(language)) {
                const PromptSetEntry* e = set->find(s.id);
                QVERIFY2(e && e->text == s.text, qPrintable(language + QLatin1Char(' ') + s.id));
            }
            QVERIFY2(set->load(QStringLiteral("num_21"), 8000, &error), qPrintable(error));
            QVERIFY2(set->load(QStringLiteral("welcome"), 16000, &error), qPrintable(error));
        }
    }

    void recordedSets_sayWhichSegmentIsWhich()
    {
        for (const QString& language : PromptLanguage::available()) {
            if (AsteriskSounds::directory(language).isEmpty()) {
                continue; // German, or the recordings are not installed
            }
            QString error;
            const auto set = PromptSet::open(setDir(language, true), &error);
            QVERIFY2(set, qPrintable(error));
            QCOMPARE(set->language(), language);
            int recorded = 0;
            for (const SpokenSegment& s : SegmentTable::all(language)) {
                const PromptSetEntry* e = set->find(s.id);
                QVERIFY2(e && e->text == s.text, qPrintable(s.id));
                const QStringList files = AsteriskSounds::files(language, s.id);
                if (files.isEmpty()) {
                    QCOMPARE(e->source, PromptSetEntry::Source::Synthesised);
                    continue;
                }
                ++recorded;
                QCOMPARE(e->source, PromptSetEntry::Source::Recorded);
                QCOMPARE(e->recording,
                    AsteriskSounds::package(language) + QStringLiteral(": ") + files.join(QLatin1Char(' ')));
                QVERIFY2(set->load(s.id, 16000, &error), qPrintable(error));
            }
            QVERIFY(recorded >= 120);
            // The default for the tools and the console is the recorded set.
            QCOMPARE(QDir(PromptSet::defaultDirectory(language)).canonicalPath(),
                QDir(setDir(language, true)).canonicalPath());
        }
    }

    void germanHasNoRecordedSet()
    {
        QVERIFY(AsteriskSounds::package(QStringLiteral("de-DE")).isEmpty());
        QVERIFY(!QFileInfo::exists(PromptSet::manifestPath(setDir(QStringLiteral("de-DE"), true))));
    }

    void promptIsNeverRenderedFromAnotherLanguagesSet()
    {
        QString error;
        const auto english = PromptSet::open(setDir(QStringLiteral("en-US"), false), &error);
        const auto french = PromptSet::open(setDir(QStringLiteral("fr-FR"), false), &error);
        QVERIFY2(english && french, qPrintable(error));
        const Prompt prompt
            = PromptCatalog::example(QStringLiteral("confirm.readback"), QStringLiteral("fr-FR"));
        const RenderedPrompt wrong = PromptRenderer(&*english, 8000).render(prompt);
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.audio.isEmpty());
        const RenderedPrompt right = PromptRenderer(&*french, 8000).render(prompt);
        QVERIFY2(right.ok(), qPrintable(right.error));
        QVERIFY(right.audio.durationMs() > 2000);
    }
};

QTEST_GUILESS_MAIN(TestLanguageSets)
#include "tst_languagesets.moc"

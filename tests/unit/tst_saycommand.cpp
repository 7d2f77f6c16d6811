// `voicepay-sim say` as an outside tool uses it: the JSON it prints, and what it refuses.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestSayCommand : public QObject
{
    Q_OBJECT

    static int say(const QStringList& args, QJsonObject* json, QString* errorText = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(VOICEPAY_SIM), QStringList { QStringLiteral("say") } + args);
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        if (json) {
            *json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        }
        if (errorText) {
            *errorText = QString::fromUtf8(p.readAllStandardError());
        }
        return p.exitCode();
    }

private slots:
    void reading_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("ids");
        auto s = [](const char* text) { return QString::fromUtf8(text); };
        QTest::newRow("French 81") << QStringList { s("--lang"), s("fr-FR"), s("--number"), s("81") }
                                   << s("quatre-vingt-un") << QStringList { s("num_81") };
        QTest::newRow("German 101") << QStringList { s("--lang"), s("de-DE"), s("--number"), s("101") }
                                    << s("hunderteins") << QStringList { s("num_100"), s("num_1") };
        QTest::newRow("Spanish 500 euros")
            << QStringList { s("--lang"), s("es"), s("--amount"), s("500.00"), s("--currency"), s("EUR") }
            << s("quinientos euros") << QStringList { s("num_500"), s("cur_eur_many") };
        QTest::newRow("French pounds")
            << QStringList { s("--lang"), s("fr-FR"), s("--amount"), s("21.05"), s("--currency"), s("gbp") }
            << s("vingt et une livres sterling et cinq pence")
            << QStringList { s("num_21_f"), s("cur_gbp_many"), s("word_and"), s("num_5"),
                   s("cur_gbp_minor_many") };
        QTest::newRow("yen, no minor units")
            << QStringList { s("--lang"), s("en-US"), s("--amount"), s("1500"), s("--currency"), s("JPY") }
            << s("one thousand five hundred Japanese yen")
            << QStringList { s("num_1"), s("num_thousand"), s("num_500"), s("cur_jpy_many") };
        QTest::newRow("dinar, three decimals")
            << QStringList { s("--lang"), s("de-DE"), s("--amount"), s("3.125"), s("--currency"), s("KWD") }
            << s("drei Kuwait-Dinar und hundertfünfundzwanzig Fils")
            << QStringList { s("num_3"), s("cur_kwd_many"), s("word_and"), s("num_100"), s("num_25"),
                   s("cur_kwd_minor_many") };
        QTest::newRow("Spanish date")
            << QStringList { s("--lang"), s("es-ES"), s("--date"), s("2028-12") }
            << s("diciembre de dos mil veintiocho")
            << QStringList { s("month_12"), s("word_de"), s("num_2"), s("num_thousand"), s("num_28") };
        QTest::newRow("French digits")
            << QStringList { s("--lang"), s("fr-FR"), s("--digits"), s("70#") } << s("sept zéro dièse")
            << QStringList { s("num_7"), s("num_0"), s("char_hash") };
    }

    void reading()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, text);
        QFETCH(QStringList, ids);
        QJsonObject json;
        QString why;
        QCOMPARE(say(args, &json, &why), 0);
        QCOMPARE(json.value(QStringLiteral("text")).toString(), text);
        QStringList got;
        QStringList words;
        for (const QJsonValue& v : json.value(QStringLiteral("segments")).toArray()) {
            got << v.toObject().value(QStringLiteral("id")).toString();
            words << v.toObject().value(QStringLiteral("words")).toString();
            QVERIFY(!words.last().isEmpty());
        }
        QCOMPARE(got, ids);
    }

    void unknownLanguage_isRefusedWithTheAvailableOnes()
    {
        QString why;
        QCOMPARE(say({ QStringLiteral("--lang"), QStringLiteral("xx-XX"), QStringLiteral("--number"),
                         QStringLiteral("1") },
                     nullptr, &why),
            2);
        QVERIFY2(why.contains(QStringLiteral("en-US, fr-FR, es-ES, de-DE")), qPrintable(why));
    }

    void badInput_isRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        auto l = [](std::initializer_list<const char*> a) {
            QStringList out;
            for (const char* s : a) {
                out << QString::fromLatin1(s);
            }
            return out;
        };
        QTest::newRow("nothing to say") << l({ "--lang", "fr-FR" });
        QTest::newRow("no language") << l({ "--number", "1" });
        QTest::newRow("two things") << l({ "--lang", "fr", "--number", "1", "--digits", "2" });
        QTest::newRow("amount without currency") << l({ "--lang", "fr", "--amount", "1.00" });
        QTest::newRow("unknown currency") << l({ "--lang", "fr", "--amount", "1.00", "--currency", "XYZ" });
        QTest::newRow("too many decimals") << l({ "--lang", "fr", "--amount", "1.001", "--currency", "EUR" });
        QTest::newRow("decimals for yen") << l({ "--lang", "fr", "--amount", "1.5", "--currency", "JPY" });
        QTest::newRow("not a number") << l({ "--lang", "de", "--number", "zwölf" });
        QTest::newRow("month 13") << l({ "--lang", "de", "--date", "2028-13" });
        QTest::newRow("letters as digits") << l({ "--lang", "es", "--digits", "12a" });
        QTest::newRow("missing value") << l({ "--lang" });
    }

    void badInput_isRefused()
    {
        QFETCH(QStringList, args);
        QString why;
        QCOMPARE(say(args, nullptr, &why), 2);
        QVERIFY(!why.trimmed().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSayCommand)
#include "tst_saycommand.moc"

#include "config/configreader.h"
#include "config/configreview.h"

#include <QJsonArray>
#include <QTest>

using namespace voicepay;

// What a person reviews before a configuration is saved: the keys that change, as the key table names and
// shows them, and every reason a form is refused at once.
class TestConfigReview : public QObject
{
    Q_OBJECT

private slots:
    void changes_listEachKeyByLabelWithOldAndNew()
    {
        FlowConfig before;
        FlowConfig after;
        after.maxAmount = QString(); // no limit
        after.onFailure = CallExit::Disconnect;
        after.noInputTimeoutMs = 8000;
        after.gateway.mode = QStringLiteral("server");
        after.gateway.url = QStringLiteral("http://127.0.0.1:8080");
        const QList<ConfigChange> changes = ConfigReview::changes(before, after);
        QStringList keys;
        for (const ConfigChange& c : changes) {
            keys << c.key;
            QCOMPARE(c.label, ConfigKeys::find(c.key)->displayLabel());
            QVERIFY2(c.label != c.key, qPrintable(c.key)); // people read labels, not identifiers
        }
        keys.sort();
        QCOMPARE(keys,
            QStringList(
                { QStringLiteral("gateway.mode"), QStringLiteral("gateway.url"), QStringLiteral("maxAmount"),
                    QStringLiteral("noInputTimeoutMs"), QStringLiteral("onFailure") }));
        const auto find = [&](const QString& key) {
            return *std::find_if(
                changes.cbegin(), changes.cend(), [&](const ConfigChange& c) { return c.key == key; });
        };
        QCOMPARE(find(QStringLiteral("maxAmount")).beforeText, QStringLiteral("10000.00"));
        QCOMPARE(find(QStringLiteral("maxAmount")).afterText, QStringLiteral("no limit"));
        QCOMPARE(find(QStringLiteral("noInputTimeoutMs")).beforeText, QStringLiteral("5000 ms"));
        QCOMPARE(find(QStringLiteral("noInputTimeoutMs")).afterText, QStringLiteral("8000 ms"));
        // A choice reads as its label, never as the file's identifier.
        QVERIFY(!find(QStringLiteral("onFailure")).beforeText.contains(u'_'));
        QCOMPARE(find(QStringLiteral("gateway.mode")).afterText, QStringLiteral("Sandbox server"));
        QCOMPARE(find(QStringLiteral("gateway.url")).beforeText, QStringLiteral("(empty)"));
        QVERIFY(ConfigReview::changes(after, after).isEmpty());
    }

    void errors_listEveryKeyAtFaultAtOnce()
    {
        QJsonObject json = FlowConfig().toJson();
        json.insert(QStringLiteral("minAmount"), QStringLiteral("0"));
        json.insert(QStringLiteral("noInputTimeoutMs"), 0);
        json.insert(QStringLiteral("allowedBrands"), QJsonArray());
        QJsonObject gateway = json.value(QStringLiteral("gateway")).toObject();
        gateway.insert(QStringLiteral("mode"), QStringLiteral("endpoint"));
        json.insert(QStringLiteral("gateway"), gateway);
        const QStringList errors = ConfigReview::errors(json, FlowConfig());
        QStringList keys;
        for (const QString& e : errors) {
            keys << e.section(QStringLiteral(": "), 0, 0);
        }
        keys.sort();
        QCOMPARE(keys,
            QStringList({ QStringLiteral("allowedBrands"), QStringLiteral("gateway.url"),
                QStringLiteral("minAmount"), QStringLiteral("noInputTimeoutMs") }));
        // The first is the reader's own.
        FlowConfig c;
        QString first;
        QVERIFY(!ConfigReader::apply(json, c, &first));
        QCOMPARE(errors.first(), first);
    }

    void errors_emptyForAValidForm()
    {
        QVERIFY(ConfigReview::errors(FlowConfig().toJson(), FlowConfig()).isEmpty());
    }

    void errors_aFaultTheSavedValueSharesEndsTheList()
    {
        // The minimum is above the saved maximum too: the list still ends, with the reasons it found.
        FlowConfig saved;
        saved.maxAmount = QStringLiteral("20.00");
        QJsonObject json = saved.toJson();
        json.insert(QStringLiteral("minAmount"), QStringLiteral("50.00"));
        const QStringList errors = ConfigReview::errors(json, saved);
        QVERIFY(!errors.isEmpty());
        QVERIFY(errors.size() <= ConfigKeys::all().size());
        QVERIFY2(errors.first().startsWith(QStringLiteral("maxAmount: ")), qPrintable(errors.first()));
    }
};

QTEST_GUILESS_MAIN(TestConfigReview)
#include "tst_configreview.moc"

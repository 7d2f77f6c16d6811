#include "schemacheck.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryFile>

QString schemaPath()
{
    return QStringLiteral(VOICEPAY_GATEWAY_SCHEMA);
}

namespace {

QString validate(const QByteArray& xml, const QString& schema);

} // namespace

QString schemaErrors(const QByteArray& xml)
{
    if (!QFile::exists(schemaPath())) {
        return QStringLiteral("the schema is missing: ") + schemaPath();
    }
    return validate(xml, schemaPath());
}

QString schemaErrorsWithPaging(const QByteArray& xml)
{
    QFile in(schemaPath());
    if (!in.open(QIODevice::ReadOnly)) {
        return QStringLiteral("the schema is missing: ") + schemaPath();
    }
    QByteArray xsd = in.readAll();
    const QByteArray sorting
        = "<xs:element name=\"sorting\" type=\"anet:TransactionListSorting\" minOccurs=\"0\" />"
          "<xs:element name=\"paging\" type=\"anet:Paging\" minOccurs=\"0\" />";
    const qsizetype unsettled = xsd.indexOf("<xs:element name=\"getUnsettledTransactionListRequest\">");
    const qsizetype unsettledExt = xsd.indexOf("<xs:extension base=\"anet:ANetApiRequest\">", unsettled);
    const qsizetype list = xsd.indexOf("<xs:element name=\"getTransactionListRequest\">");
    const qsizetype batchId
        = xsd.indexOf("<xs:element name=\"batchId\" type=\"anet:numericString\" minOccurs=\"0\" />", list);
    const qsizetype paging = xsd.indexOf("<xs:complexType name=\"Paging\">");
    if (unsettled < 0 || unsettledExt < 0 || list < 0 || batchId < 0 || paging < 0
        || !(batchId < unsettledExt && unsettledExt < paging)) {
        return QStringLiteral("the published schema no longer has the shape the paging patch expects");
    }
    // Patched from the end of the file, so that the earlier offsets hold.
    xsd.insert(paging,
        "<xs:complexType name=\"TransactionListSorting\"><xs:sequence>"
        "<xs:element name=\"orderBy\"><xs:simpleType><xs:restriction base=\"xs:string\">"
        "<xs:enumeration value=\"id\" /><xs:enumeration value=\"submitTimeUTC\" />"
        "</xs:restriction></xs:simpleType></xs:element>"
        "<xs:element name=\"orderDescending\" type=\"xs:boolean\" /></xs:sequence></xs:complexType>");
    const qsizetype afterExt
        = unsettledExt + qsizetype(qstrlen("<xs:extension base=\"anet:ANetApiRequest\">"));
    xsd.insert(afterExt,
        "<xs:sequence><xs:element name=\"status\" type=\"xs:string\" minOccurs=\"0\" />" + sorting
            + "</xs:sequence>");
    xsd.insert(xsd.indexOf("/>", batchId) + 2, sorting);
    QTemporaryFile patched(QDir::tempPath() + QStringLiteral("/AnetApiSchema-paging-XXXXXX.xsd"));
    if (!patched.open() || patched.write(xsd) != xsd.size() || !patched.flush()) {
        return QStringLiteral("cannot write the patched schema");
    }
    return validate(xml, patched.fileName());
}

namespace {

QString validate(const QByteArray& xml, const QString& schema)
{
    QTemporaryFile file;
    if (!file.open() || file.write(xml) != xml.size() || !file.flush()) {
        return QStringLiteral("cannot write a temporary file");
    }
    QProcess xmllint;
    xmllint.start(QStringLiteral("xmllint"),
        { QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--schema"), schema,
            file.fileName() });
    if (!xmllint.waitForFinished(30000)) {
        return QStringLiteral("xmllint did not run: ") + xmllint.errorString();
    }
    if (xmllint.exitStatus() == QProcess::NormalExit && xmllint.exitCode() == 0) {
        return QString();
    }
    return QString::fromUtf8(xmllint.readAllStandardError()).trimmed();
}

} // namespace

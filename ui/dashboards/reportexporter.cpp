#include "dashboards/reportexporter.h"

#include "dashboards/kpitablemodel.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace voicepay::ui {

namespace {
constexpr int margin = 60;
constexpr int cellPadding = 6;

// The first column (period or split value) takes a quarter of the width, the figures share the rest.
QList<QRect> columnRects(int pageWidth, int columns, int y, int height)
{
    const int width = pageWidth - 2 * margin;
    const int first = width / 4;
    const int other = (width - first) / qMax(1, columns - 1);
    QList<QRect> out;
    for (int c = 0; c < columns; ++c) {
        const int x = c == 0 ? margin : margin + first + (c - 1) * other;
        out << QRect(x, y, (c == 0 ? first : other) - cellPadding, height);
    }
    return out;
}

int alignmentOf(int column)
{
    return Qt::AlignVCenter | (column == 0 ? Qt::AlignLeft : Qt::AlignRight);
}
} // namespace

bool ReportExporter::writeCsv(const QList<const KpiTableModel*>& tables, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    QStringList parts;
    for (const KpiTableModel* table : tables) {
        parts << table->toCsv();
    }
    file.write(parts.join(u'\n').toUtf8());
    if (!file.commit()) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    return true;
}

int ReportExporter::drawTable(QPainter& p, QPagedPaintDevice& pdf, const KpiTableModel& table, int y)
{
    const QFont plain = p.font();
    QFont bold = plain;
    bold.setBold(true);
    const int pageWidth = p.device()->width();
    const int pageHeight = p.device()->height();
    const int cols = table.columnCount();
    const int rowHeight = p.fontMetrics().height() + 8;
    // The header wraps within its column ("Successful" never runs into "Unsuccessful").
    p.setFont(bold);
    int headerHeight = rowHeight;
    const QList<QRect> probe = columnRects(pageWidth, cols, 0, 10000);
    for (int c = 0; c < cols; ++c) {
        const QRect need = p.fontMetrics().boundingRect(
            probe.at(c), Qt::TextWordWrap | alignmentOf(c), table.headerData(c, Qt::Horizontal).toString());
        headerHeight = qMax(headerHeight, need.height() + 8);
    }
    auto header = [&] {
        p.setFont(bold);
        const QList<QRect> cells = columnRects(pageWidth, cols, y, headerHeight);
        for (int c = 0; c < cols; ++c) {
            p.drawText(cells.at(c), Qt::TextWordWrap | alignmentOf(c),
                table.headerData(c, Qt::Horizontal).toString());
        }
        p.setFont(plain);
        y += headerHeight;
        p.drawLine(margin, y, pageWidth - margin, y);
    };
    auto row = [&](auto cellText) {
        if (y + rowHeight > pageHeight - margin) {
            pdf.newPage();
            y = margin;
            header();
        }
        const QList<QRect> cells = columnRects(pageWidth, cols, y, rowHeight);
        for (int c = 0; c < cols; ++c) {
            p.drawText(cells.at(c), alignmentOf(c), cellText(c));
        }
        y += rowHeight;
    };
    if (y + headerHeight + 2 * rowHeight > pageHeight - margin) {
        pdf.newPage();
        y = margin;
    }
    header();
    for (int r = 0; r < table.rowCount(); ++r) {
        row([&](int c) { return table.index(r, c).data().toString(); });
    }
    p.drawLine(margin, y, pageWidth - margin, y);
    p.setFont(bold);
    row([&](int c) { return table.totalsData(c).toString(); });
    p.setFont(plain);
    return y;
}

bool ReportExporter::writePdf(const QString& title, const QStringList& statement,
    const QList<QPixmap>& charts, const QList<const KpiTableModel*>& tables, const QString& path,
    QString* error)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(150);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("VoicePay Console"));
    QPainter p;
    if (!p.begin(&pdf)) {
        if (error) {
            *error = QCoreApplication::translate("voicepay::ui::ReportExporter", "cannot write %1").arg(path);
        }
        return false;
    }
    const QRect page(0, 0, pdf.width(), pdf.height());
    int y = margin;
    QFont f = p.font();
    f.setPointSize(16);
    f.setBold(true);
    p.setFont(f);
    p.drawText(QRect(margin, y, page.width() - 2 * margin, 60), Qt::AlignLeft | Qt::AlignVCenter, title);
    y += 60;
    f.setPointSize(9);
    f.setBold(false);
    p.setFont(f);
    for (const QString& line : statement) {
        const QRect r = p.fontMetrics().boundingRect(
            QRect(margin, y, page.width() - 2 * margin, 10000), Qt::TextWordWrap, line);
        p.drawText(r, Qt::TextWordWrap | Qt::AlignLeft, line);
        y += r.height() + 4;
    }
    y += 20;
    for (const QPixmap& chart : charts) {
        if (chart.isNull()) {
            continue;
        }
        const int w = page.width() - 2 * margin;
        const int h = chart.height() * w / qMax(1, chart.width());
        if (y + h > page.height() - margin) {
            pdf.newPage();
            y = margin;
        }
        p.drawPixmap(QRect(margin, y, w, h), chart);
        y += h + 20;
    }
    for (const KpiTableModel* table : tables) {
        y = drawTable(p, pdf, *table, y) + 30;
    }
    p.end();
    return QFile::exists(path);
}

} // namespace voicepay::ui

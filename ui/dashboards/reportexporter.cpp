#include "dashboards/reportexporter.h"

#include "dashboards/kpitablemodel.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <numeric>

namespace voicepay::ui {

namespace {
constexpr int margin = 60;
constexpr int cellPadding = 14; // between two columns
constexpr int smallestPointSize = 6;

// Where each column of a table goes on the page, and in which fonts.
struct TableLayout
{
    QFont plain;
    QFont bold;
    QList<int> left;
    QList<int> width;
    int rowHeight = 0;
    int headerHeight = 0;
};

QStringList headerWords(const KpiTableModel& table, int column)
{
    return table.headerData(column, Qt::Horizontal).toString().split(u' ', Qt::SkipEmptyParts);
}

// The width each column needs: its header's longest word (a header wraps between words, never inside one)
// and its widest figure, the totals row included.
QList<int> neededWidths(
    const KpiTableModel& table, const QFont& plain, const QFont& bold, QPaintDevice* device)
{
    const QFontMetrics plainMetrics(plain, device);
    const QFontMetrics boldMetrics(bold, device);
    QList<int> need;
    for (int c = 0; c < table.columnCount(); ++c) {
        int w = boldMetrics.horizontalAdvance(table.totalsData(c).toString());
        for (const QString& word : headerWords(table, c)) {
            w = qMax(w, boldMetrics.horizontalAdvance(word));
        }
        for (int r = 0; r < table.rowCount(); ++r) {
            w = qMax(w, plainMetrics.horizontalAdvance(table.index(r, c).data().toString()));
        }
        need << w + cellPadding;
    }
    return need;
}

// Each column as wide as it needs, the rest of the line shared out evenly; when the line is too short for
// that, the table's font shrinks (to 6 pt at the least) rather than letting a word run into the next column.
TableLayout layoutTable(const KpiTableModel& table, const QFont& base, QPaintDevice* device)
{
    const int available = device->width() - 2 * margin;
    TableLayout t;
    t.plain = base;
    QList<int> need;
    for (int size = base.pointSize(); size >= smallestPointSize; --size) {
        t.plain.setPointSize(size);
        t.bold = t.plain;
        t.bold.setBold(true);
        need = neededWidths(table, t.plain, t.bold, device);
        if (std::accumulate(need.begin(), need.end(), 0) <= available) {
            break;
        }
    }
    const int cols = int(need.size());
    const int spare = qMax(0, available - std::accumulate(need.begin(), need.end(), 0)) / qMax(1, cols);
    int x = margin;
    for (int c = 0; c < cols; ++c) {
        t.left << x;
        t.width << need.at(c) + spare - cellPadding;
        x += need.at(c) + spare;
    }
    const QFontMetrics plainMetrics(t.plain, device);
    const QFontMetrics boldMetrics(t.bold, device);
    t.rowHeight = plainMetrics.height() + 8;
    t.headerHeight = t.rowHeight;
    for (int c = 0; c < cols; ++c) {
        const QRect wrapped = boldMetrics.boundingRect(QRect(0, 0, t.width.at(c), 10000), Qt::TextWordWrap,
            table.headerData(c, Qt::Horizontal).toString());
        t.headerHeight = qMax(t.headerHeight, wrapped.height() + 8);
    }
    return t;
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
    const QFont before = p.font();
    const TableLayout t = layoutTable(table, before, p.device());
    const int pageWidth = p.device()->width();
    const int pageHeight = p.device()->height();
    const int cols = table.columnCount();
    auto cell = [&](int c, int height) { return QRect(t.left.at(c), y, t.width.at(c), height); };
    auto header = [&] {
        p.setFont(t.bold);
        for (int c = 0; c < cols; ++c) {
            p.drawText(cell(c, t.headerHeight), Qt::TextWordWrap | alignmentOf(c),
                table.headerData(c, Qt::Horizontal).toString());
        }
        y += t.headerHeight;
        p.drawLine(margin, y, pageWidth - margin, y);
    };
    auto row = [&](const QFont& font, auto cellText) {
        if (y + t.rowHeight > pageHeight - margin) {
            pdf.newPage();
            y = margin;
            header();
        }
        p.setFont(font);
        for (int c = 0; c < cols; ++c) {
            p.drawText(cell(c, t.rowHeight), alignmentOf(c), cellText(c));
        }
        y += t.rowHeight;
    };
    if (y + t.headerHeight + 2 * t.rowHeight > pageHeight - margin) {
        pdf.newPage();
        y = margin;
    }
    header();
    for (int r = 0; r < table.rowCount(); ++r) {
        row(t.plain, [&](int c) { return table.index(r, c).data().toString(); });
    }
    p.drawLine(margin, y, pageWidth - margin, y);
    row(t.bold, [&](int c) { return table.totalsData(c).toString(); });
    p.setFont(before);
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

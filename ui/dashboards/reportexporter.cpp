#include "dashboards/reportexporter.h"

#include "dashboards/kpitablemodel.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace voicepay::ui {

bool ReportExporter::writeCsv(const KpiTableModel& table, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    file.write(table.toCsv().toUtf8());
    if (!file.commit()) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    return true;
}

bool ReportExporter::writePdf(const QString& title, const QString& subtitle, const QList<QPixmap>& charts,
    const KpiTableModel& table, const QString& path, QString* error)
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
    const int margin = 60;
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
    p.drawText(QRect(margin, y, page.width() - 2 * margin, 40), Qt::AlignLeft | Qt::AlignVCenter, subtitle);
    y += 50;
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
    // The table, paginated.
    const int cols = table.columnCount();
    const int colWidth = (page.width() - 2 * margin) / qMax(1, cols);
    const int rowHeight = p.fontMetrics().height() + 8;
    auto header = [&] {
        QFont bold = f;
        bold.setBold(true);
        p.setFont(bold);
        for (int c = 0; c < cols; ++c) {
            p.drawText(QRect(margin + c * colWidth, y, colWidth - 6, rowHeight),
                Qt::AlignVCenter | (c == 0 ? Qt::AlignLeft : Qt::AlignRight),
                table.headerData(c, Qt::Horizontal).toString());
        }
        p.setFont(f);
        y += rowHeight;
        p.drawLine(margin, y, page.width() - margin, y);
    };
    if (y + 2 * rowHeight > page.height() - margin) {
        pdf.newPage();
        y = margin;
    }
    header();
    for (int r = 0; r < table.rowCount(); ++r) {
        if (y + rowHeight > page.height() - margin) {
            pdf.newPage();
            y = margin;
            header();
        }
        for (int c = 0; c < cols; ++c) {
            p.drawText(QRect(margin + c * colWidth, y, colWidth - 6, rowHeight),
                Qt::AlignVCenter | (c == 0 ? Qt::AlignLeft : Qt::AlignRight),
                table.index(r, c).data().toString());
        }
        y += rowHeight;
    }
    p.end();
    return QFile::exists(path);
}

} // namespace voicepay::ui

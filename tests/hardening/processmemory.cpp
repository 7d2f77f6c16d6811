#include "processmemory.h"

#include <QFile>
#include <fcntl.h>
#include <unistd.h>

MemoryScan scanProcessMemory(qint64 pid, const QList<QByteArray>& needles)
{
    MemoryScan scan;
    QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
    if (!maps.open(QIODevice::ReadOnly)) {
        scan.error = QStringLiteral("cannot read %1: %2").arg(maps.fileName(), maps.errorString());
        return scan;
    }
    const int mem = ::open(QStringLiteral("/proc/%1/mem").arg(pid).toLocal8Bit().constData(), O_RDONLY);
    if (mem < 0) {
        scan.error = QStringLiteral("cannot open /proc/%1/mem").arg(pid);
        return scan;
    }
    const QList<QByteArray> lines = maps.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2 || !fields.at(1).startsWith('r')) {
            continue;
        }
        const QString region
            = fields.size() >= 6 ? QString::fromLocal8Bit(fields.at(5)) : QStringLiteral("[anon]");
        if (region == u"[vvar]" || region == u"[vsyscall]") {
            continue;
        }
        // Read-only mappings of files are program text and constants (the sandbox's published test cards
        // among them): nothing a call does can write there.
        if (fields.at(1).at(1) != 'w' && region.startsWith(QLatin1Char('/'))) {
            continue;
        }
        const QList<QByteArray> range = fields.at(0).split('-');
        const quint64 start = range.at(0).toULongLong(nullptr, 16);
        const quint64 end = range.at(1).toULongLong(nullptr, 16);
        // Reservations of that size (a sanitizer's shadow memory) hold no program data.
        if (end - start > (quint64(1) << 32)) {
            continue;
        }
        qsizetype longest = 0;
        for (const QByteArray& needle : needles) {
            longest = qMax(longest, needle.size());
        }
        // In chunks that overlap by a needle's length, so nothing is missed at a chunk's edge.
        const quint64 chunk = quint64(64) << 20;
        for (quint64 at = start; at < end; at += chunk) {
            const quint64 length = qMin(end - at, chunk + quint64(longest));
            QByteArray block(static_cast<qsizetype>(length), '\0');
            const ssize_t got = ::pread(mem, block.data(), block.size(), static_cast<off_t>(at));
            if (got <= 0) {
                break;
            }
            block.truncate(got);
            scan.bytesRead += qMin<qint64>(got, qint64(chunk));
            for (const QByteArray& needle : needles) {
                const qsizetype found = block.indexOf(needle);
                if (found >= 0) {
                    scan.hits << MemoryHit { needle, region, at + static_cast<quint64>(found) };
                }
            }
        }
    }
    ::close(mem);
    scan.ok = scan.bytesRead > 0;
    if (!scan.ok) {
        scan.error = QStringLiteral("no memory of pid %1 could be read").arg(pid);
    }
    return scan;
}

QList<QByteArray> cardNumberForms(const QByteArray& digits)
{
    QByteArray utf16;
    for (char c : digits) {
        utf16.append(c);
        utf16.append('\0');
    }
    QByteArray spaced;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && i % 4 == 0) {
            spaced.append(' ');
        }
        spaced.append(digits.at(i));
    }
    // Two digits a byte, high nibble first (BCD, as card data travels in some binary formats).
    QByteArray packed;
    for (qsizetype i = 0; i + 1 < digits.size(); i += 2) {
        packed.append(char(((digits.at(i) - '0') << 4) | (digits.at(i + 1) - '0')));
    }
    return { digits, utf16, spaced, packed };
}

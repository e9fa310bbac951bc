#pragma once

// Internal to XlsxExporter: the rows on their way from the encoding thread to the thread that
// feeds libxlsxwriter (split from xlsxexporter.cpp to keep that file readable).

#include <QByteArray>
#include <QStringView>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <vector>

namespace tongxin::xlsx {

constexpr size_t MaxQueuedBatches = 4;
constexpr int MaxCellChars = 32767; // Excel's limit for a cell's text

enum class Kind : quint8 { Blank, Number, String };

struct Cell
{
    Kind kind = Kind::Blank;
    double number = 0; // or, for a string, its offset in Batch::text
};

// Rows on their way to libxlsxwriter. The strings of a batch live in one buffer (UTF-8, each
// NUL-terminated): a million rows do not make millions of small allocations.
struct Batch
{
    std::vector<Cell> cells; // row-major
    QByteArray text;
    int rows = 0;

    void addText(Cell *cell, QStringView s)
    {
        if (s.size() > MaxCellChars)
            s = s.left(MaxCellChars);
        const qsizetype at = text.size();
        text.resize(at + 3 * s.size() + 1);
        char *out = text.data() + at;
        const char16_t *in = s.utf16();
        const char16_t *end = in + s.size();
        while (in < end) {
            char32_t u = *in++;
            if (u < 0x80) {
                *out++ = char(u);
                continue;
            }
            if (u < 0x800) {
                *out++ = char(0xC0 | (u >> 6));
                *out++ = char(0x80 | (u & 0x3F));
                continue;
            }
            if (u >= 0xD800 && u < 0xDC00 && in < end && *in >= 0xDC00 && *in < 0xE000) {
                u = 0x10000 + ((u - 0xD800) << 10) + (*in++ - 0xDC00);
                *out++ = char(0xF0 | (u >> 18));
                *out++ = char(0x80 | ((u >> 12) & 0x3F));
            } else {
                if (u >= 0xD800 && u < 0xE000)
                    u = 0xFFFD; // a lone surrogate
                *out++ = char(0xE0 | (u >> 12));
            }
            *out++ = char(0x80 | ((u >> 6) & 0x3F));
            *out++ = char(0x80 | (u & 0x3F));
        }
        *out++ = '\0';
        text.resize(out - text.data());
        cell->kind = Kind::String;
        cell->number = double(at);
    }
};

// A bounded queue of batches from the encoding thread to the writing thread.
class Pipe final
{
public:
    // False when the reader gave up (an error): the writer should stop producing.
    bool push(Batch &&batch)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_queue.size() < MaxQueuedBatches || m_failed; });
        if (m_failed)
            return false;
        m_queue.push_back(std::move(batch));
        m_notEmpty.notify_one();
        return true;
    }
    // False when the queue is closed and empty.
    bool pop(Batch *batch)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_queue.empty() || m_closed; });
        if (m_queue.empty())
            return false;
        *batch = std::move(m_queue.front());
        m_queue.pop_front();
        m_notFull.notify_one();
        return true;
    }
    void close()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_all();
    }
    void fail()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_failed = true;
        m_queue.clear();
        m_notFull.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<Batch> m_queue;
    bool m_closed = false;
    bool m_failed = false;
};

} // namespace tongxin::xlsx

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <algorithm>
#include <functional>

class QIODevice;

namespace mmtrack::interop {

// Reads a device one chunk at a time and hands out its bytes one by one: the only buffer is
// about one chunk, whatever the size of the file. The streaming lab readers (CSV, HL7) share it
// so that reading, waiting on pipes and reporting progress is written once. It has no messages
// of its own: a reader asks failed() and words the problem itself.
class ChunkedInput {
public:
    // `progress` (bytes read so far) and `chunk` (each block of bytes as read, e.g. to hash
    // the file in the same pass) may be empty and must outlive the input.
    ChunkedInput(QIODevice& device, const std::function<void(qint64 bytesRead)>& progress,
                 const std::function<void(QByteArrayView bytes)>& chunk)
        : m_device(device), m_progress(progress), m_chunk(chunk)
    {
    }

    // The next byte, or -1 at the end (or after a read error).
    int next()
    {
        if (m_pos == m_buffer.size() && !refill())
            return -1;
        return uchar(m_buffer.at(m_pos++));
    }

    int peek()
    {
        if (m_pos == m_buffer.size() && !refill())
            return -1;
        return uchar(m_buffer.at(m_pos));
    }

    // Gives back the byte next() just returned (only straight after a next() that returned one).
    void unread() { --m_pos; }

    // Up to `n` bytes ahead without consuming them (fewer only at the end of the device).
    QByteArrayView lookahead(qsizetype n);

    // Skips every byte for which `isStop` is false, keeping none of them; the first byte for
    // which it is true stays unread.
    template <typename IsStop> void skipTo(IsStop isStop)
    {
        for (;;) {
            const char* begin = m_buffer.constData() + m_pos;
            const char* end = m_buffer.constData() + m_buffer.size();
            const char* found = std::find_if(begin, end, isStop);
            m_pos += found - begin;
            if (found != end || !refill())
                return;
        }
    }

    // True when reading stopped on an error rather than at the end.
    bool failed() const { return m_failed; }
    QString errorString() const;

private:
    bool refill();
    bool readChunk();

    QIODevice& m_device;
    const std::function<void(qint64)>& m_progress;
    const std::function<void(QByteArrayView)>& m_chunk;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_bytesRead = 0;
    bool m_atEnd = false;
    bool m_failed = false;
};

} // namespace mmtrack::interop

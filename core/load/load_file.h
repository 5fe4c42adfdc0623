#pragma once

#include "common/job_control.h"
#include "load.h"

#include <QIODevice>

namespace traceload {

// load.json in the seed's format. write() streams slot by slot into a QSaveFile (never
// one giant string) and leaves nothing at the path on failure. read() validates: JSON
// syntax, types, equal array lengths, timestamps ascending and inside
// [0, slotLengthUs); errors are InputErrors naming the file and the JSON path
// (e.g. "[3].timestamp[17]").
class LoadFile
{
public:
    static void write(const QString& path, const Load& load, const JobControl& job = {});
    // The same content into an open device (a writer for writeFilesAtomically, so that
    // load.json is committed together with other outputs); path names it in errors.
    static void writeTo(QIODevice& device, const QString& path, const Load& load,
                        const JobControl& job = {});
    static Load read(const QString& path, std::int64_t slotLengthUs, const JobControl& job = {});
};

} // namespace traceload

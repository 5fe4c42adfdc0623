// A mapping file (--mapping-in), resolved against the bundled sample trace and profile.
#include "fuzz_input.h"
#include "mapping/mapper.h"
#include "profile/profile_reader.h"
#include "trace/trace_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace traceload;
    static const Trace trace = TraceReader::read(QStringLiteral(TRACELOAD_SAMPLE_DIR "/trace"));
    static const ProxyCatalogue catalogue = ProfileReader::bundled();
    const QString path =
        fuzz::writeScratch(QStringLiteral("mapping.json"),
                           QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    fuzz::expectInputErrorOnly([&path] { MappingFile::read(path, trace, catalogue, 75); });
    return 0;
}

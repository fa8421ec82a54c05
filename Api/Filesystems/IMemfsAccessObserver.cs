using System.Net;

namespace CoreApi.Filesystems;

/// <summary>Told of every read and write of a file on <c>/memfs</c> (the session accounting implements it), so that the filesystems need not know who counts.</summary>
public interface IMemfsAccessObserver
{
    /// <param name="remote">The client's address.</param>
    /// <param name="local">The server's address and port the client reached.</param>
    /// <param name="path">The file's path in memfs.</param>
    /// <param name="bytes">The file's size.</param>
    /// <param name="written">A write (else a read).</param>
    void Accessed(IPAddress? remote, string local, string path, long bytes, bool written);
}

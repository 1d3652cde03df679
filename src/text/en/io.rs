//! English words for what the operating system answers.

use std::io::ErrorKind;

use super::English;
use crate::text::io::{IoDoing, IoWords};

impl IoWords for English {
    fn io_doing(&self, doing: IoDoing, path: &str) -> String {
        match doing {
            IoDoing::ReadFolder => format!("Cannot read the folder {path}"),
            IoDoing::CreateFolder => format!("Cannot create the folder {path}"),
            IoDoing::ReadFile => format!("Cannot read {path}"),
            IoDoing::WriteFile => format!("Cannot write {path}"),
            IoDoing::ReplaceFile => format!("Cannot put the new {path} in place"),
            IoDoing::WriteOutput => "Cannot write the output".to_owned(),
        }
    }

    fn io_kind(&self, kind: ErrorKind) -> &'static str {
        match kind {
            ErrorKind::NotFound => "it does not exist",
            ErrorKind::PermissionDenied => "permission denied",
            ErrorKind::AlreadyExists => "it already exists",
            ErrorKind::StorageFull => "the disk is full",
            ErrorKind::QuotaExceeded => "your disk quota is used up",
            ErrorKind::ReadOnlyFilesystem => "the disk is read-only",
            ErrorKind::IsADirectory => "it is a folder",
            ErrorKind::NotADirectory => "part of the path is a file, not a folder",
            ErrorKind::DirectoryNotEmpty => "the folder is not empty",
            ErrorKind::FileTooLarge => "the file is too large for this disk",
            ErrorKind::InvalidFilename => "the name is not allowed here",
            ErrorKind::ResourceBusy | ErrorKind::ExecutableFileBusy => "it is in use",
            ErrorKind::TimedOut | ErrorKind::StaleNetworkFileHandle => {
                "the network drive did not answer"
            }
            ErrorKind::BrokenPipe => "the receiving program stopped reading",
            ErrorKind::Interrupted => "interrupted",
            ErrorKind::OutOfMemory => "out of memory",
            ErrorKind::CrossesDevices => "it is on another disk",
            ErrorKind::TooManyLinks => "too many links",
            ErrorKind::UnexpectedEof => "the file ends too early",
            ErrorKind::InvalidData => "the content is not valid text",
            _ => "the system refused",
        }
    }

    fn io_remedy(&self, kind: ErrorKind) -> &'static str {
        match kind {
            ErrorKind::NotFound => "Check the path, or give another folder with --sessions-dir.",
            ErrorKind::PermissionDenied => {
                "Check the permissions of the file and its folder (ls -l), or choose a place you may write to."
            }
            ErrorKind::AlreadyExists => "Choose another name, or remove the old one first.",
            ErrorKind::StorageFull | ErrorKind::QuotaExceeded | ErrorKind::FileTooLarge => {
                "Free some space on the disk, or choose another disk, and try again."
            }
            ErrorKind::ReadOnlyFilesystem => {
                "Choose a folder on a disk you can write to (not a CD, a locked stick or a read-only share)."
            }
            ErrorKind::IsADirectory => "Give a file name, not a folder.",
            ErrorKind::NotADirectory => "Check the path: a file stands where a folder should be.",
            ErrorKind::ResourceBusy | ErrorKind::ExecutableFileBusy => {
                "Close the program that uses it and try again."
            }
            ErrorKind::TimedOut | ErrorKind::StaleNetworkFileHandle => {
                "Check the network connection and try again."
            }
            ErrorKind::BrokenPipe => "Nothing was lost; run the command again to see everything.",
            _ => "Try again; if it keeps happening, check the disk and the path.",
        }
    }

    fn store_detail(&self, detail: &str) -> Option<&'static str> {
        match detail {
            crate::store::IS_A_DIRECTORY => Some("it is a folder"),
            crate::store::NOT_CONTINUED => Some("the copy does not continue this session"),
            _ => None,
        }
    }
}

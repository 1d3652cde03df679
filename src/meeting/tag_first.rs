//! One declaration, two readers. [`Event`](super::Event) is internally
//! tagged (`{"type": "note_recorded", "text": …}`), and serde reads such an
//! enum by copying the whole object into a buffer of its own before it
//! looks at the tag (serde-rs/serde issue 1495, pull request 1922, both
//! open). A reader that has already found the tag can do better: read the
//! variant it names straight from the file. serde does that for
//! externally tagged enums, so [`tag_first!`] declares the enum once and
//! derives, beside it, a `remote` copy without the tag attribute whose
//! reader does exactly that (`store::fast` hands it the tag and the rest of
//! the object). Both come from the same text, with the same variant and
//! field attributes, so a variant or field added to the enum is in both,
//! and there is nothing to keep in step by hand. The copy is never
//! constructed: its derived reader builds the real enum.

/// Declares an enum of unit and struct variants, then the mirror named
/// after `mirror`: the same variants and fields with their attributes,
/// under the mirror's own attributes (which give `remote` and the
/// renaming, without the tag). The enum's text inside the invocation is
/// written exactly as a plain declaration would be.
macro_rules! tag_first {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $(
                $(#[$variant_meta:meta])*
                $variant:ident $({
                    $(
                        $(#[$field_meta:meta])*
                        $field:ident : $ty:ty
                    ),* $(,)?
                })?
            ),* $(,)?
        }
        $(#[$mirror_meta:meta])*
        mirror $mirror_vis:vis enum $mirror:ident;
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $(
                $(#[$variant_meta])*
                $variant $({
                    $(
                        $(#[$field_meta])*
                        $field: $ty,
                    )*
                })?,
            )*
        }

        $(#[$mirror_meta])*
        #[allow(dead_code, reason = "only its derived reader is used; it builds the enum itself")]
        $mirror_vis enum $mirror {
            $(
                $(#[$variant_meta])*
                $variant $({
                    $(
                        $(#[$field_meta])*
                        $field: $ty,
                    )*
                })?,
            )*
        }
    };
}

pub(crate) use tag_first;

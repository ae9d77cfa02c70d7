//! PostgreSQL's binary COPY format, for the millions of figures of an import or a snapshot:
//! one stream each way instead of a statement per row.

use crate::store::StoreError;
use std::io::Read;

const SIGNATURE: &[u8] = b"PGCOPY\n\xff\r\n\0";

/// Rows for `COPY … FROM STDIN (FORMAT binary)`, built in memory and sent in one piece.
pub(super) struct CopyIn {
    pub bytes: Vec<u8>,
}

impl CopyIn {
    pub(super) fn new() -> Self {
        let mut bytes = SIGNATURE.to_vec();
        bytes.extend_from_slice(&[0; 8]); // no flags, no header extension
        Self { bytes }
    }

    pub(super) fn row(&mut self, fields: i16) -> &mut Self {
        self.bytes.extend_from_slice(&fields.to_be_bytes());
        self
    }

    pub(super) fn text(&mut self, text: &str) -> &mut Self {
        self.field(text.as_bytes())
    }

    pub(super) fn float(&mut self, value: f64) -> &mut Self {
        self.field(&value.to_be_bytes())
    }

    pub(super) fn bigint(&mut self, value: Option<i64>) -> &mut Self {
        match value {
            Some(value) => self.field(&value.to_be_bytes()),
            None => self.null(),
        }
    }

    fn null(&mut self) -> &mut Self {
        self.bytes.extend_from_slice(&(-1i32).to_be_bytes());
        self
    }

    fn field(&mut self, bytes: &[u8]) -> &mut Self {
        // A field of 2 GiB or more cannot be sent: the length is wrong and the server refuses
        // the stream (a figure's text is far shorter).
        let len = i32::try_from(bytes.len()).unwrap_or(i32::MAX);
        self.bytes.extend_from_slice(&len.to_be_bytes());
        self.bytes.extend_from_slice(bytes);
        self
    }

    /// The finished stream, with its trailer.
    pub(super) fn finish(mut self) -> Vec<u8> {
        self.bytes.extend_from_slice(&(-1i16).to_be_bytes());
        self.bytes
    }
}

/// Rows of `COPY … TO STDOUT (FORMAT binary)`: each row's fields are read into one buffer,
/// so a row costs no allocation.
pub(super) struct CopyOut<R> {
    reader: R,
    buffer: Vec<u8>,
    fields: Vec<Option<(usize, usize)>>,
}

impl<R: Read> CopyOut<R> {
    pub(super) fn new(mut reader: R) -> Result<Self, StoreError> {
        let mut header = [0; 19];
        reader.read_exact(&mut header).map_err(broken)?;
        if &header[..11] != SIGNATURE {
            return Err(StoreError::Corrupt("not a binary COPY stream".into()));
        }
        let extension = u32::from_be_bytes([header[15], header[16], header[17], header[18]]);
        std::io::copy(&mut (&mut reader).take(u64::from(extension)), &mut std::io::sink()).map_err(broken)?;
        Ok(Self { reader, buffer: Vec::new(), fields: Vec::new() })
    }

    /// Reads the next row; false at the end.
    pub(super) fn next_row(&mut self) -> Result<bool, StoreError> {
        let count = i16::from_be_bytes(self.array()?);
        if count < 0 {
            return Ok(false);
        }
        self.buffer.clear();
        self.fields.clear();
        for _ in 0..count {
            let len = i32::from_be_bytes(self.array()?);
            let Ok(len) = usize::try_from(len) else {
                self.fields.push(None);
                continue;
            };
            let start = self.buffer.len();
            self.buffer.resize(start + len, 0);
            self.reader.read_exact(&mut self.buffer[start..]).map_err(broken)?;
            self.fields.push(Some((start, len)));
        }
        Ok(true)
    }

    /// Reads what is left of the stream (the server's end of the command).
    pub(super) fn finish(mut self) -> Result<(), StoreError> {
        std::io::copy(&mut self.reader, &mut std::io::sink()).map_err(broken)?;
        Ok(())
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], StoreError> {
        let mut bytes = [0; N];
        self.reader.read_exact(&mut bytes).map_err(broken)?;
        Ok(bytes)
    }

    fn bytes(&self, i: usize) -> Result<&[u8], StoreError> {
        let (start, len) = self.fields.get(i).copied().flatten().ok_or_else(|| corrupt(i, "is null"))?;
        Ok(&self.buffer[start..start + len])
    }

    pub(super) fn text(&self, i: usize) -> Result<&str, StoreError> {
        std::str::from_utf8(self.bytes(i)?).map_err(|_| corrupt(i, "is not UTF-8"))
    }

    pub(super) fn float(&self, i: usize) -> Result<f64, StoreError> {
        let bytes = self.bytes(i)?.try_into().map_err(|_| corrupt(i, "is not a float8"))?;
        Ok(f64::from_be_bytes(bytes))
    }
}

fn corrupt(i: usize, what: &str) -> StoreError {
    StoreError::Corrupt(format!("column {i} of a copied row {what}"))
}

fn broken(e: std::io::Error) -> StoreError {
    StoreError::Corrupt(format!("the COPY stream broke off: {e}"))
}

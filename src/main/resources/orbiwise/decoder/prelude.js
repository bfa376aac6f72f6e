// SPDX-License-Identifier: Apache-2.0
// LoRaBench decoder sandbox prelude: runs once in the shared, then sealed, scope.
// __lorabenchBuffer(array) gives `uplink.data` the NodeJS Buffer readers decoders commonly use
// (seed: "data: Buffer, // Buffer object from NodeJS"); __LIMIT bounds single-call allocations.
(function (global, LIMIT) {
    "use strict";
    function range(b, o, n) {
        if (typeof o !== "number" || o < 0 || o + n > b.length || o % 1 !== 0) {
            throw new RangeError("The value of \"offset\" is out of range: " + o);
        }
    }
    var readers = {
        readUInt8: function (o) { range(this, o, 1); return this[o]; },
        readInt8: function (o) { range(this, o, 1); var v = this[o]; return v > 127 ? v - 256 : v; },
        readUInt16LE: function (o) { range(this, o, 2); return this[o] | (this[o + 1] << 8); },
        readUInt16BE: function (o) { range(this, o, 2); return (this[o] << 8) | this[o + 1]; },
        readInt16LE: function (o) { var v = this.readUInt16LE(o); return v > 32767 ? v - 65536 : v; },
        readInt16BE: function (o) { var v = this.readUInt16BE(o); return v > 32767 ? v - 65536 : v; },
        readUInt32LE: function (o) {
            range(this, o, 4);
            return this[o] + this[o + 1] * 256 + this[o + 2] * 65536 + this[o + 3] * 16777216;
        },
        readUInt32BE: function (o) {
            range(this, o, 4);
            return this[o] * 16777216 + this[o + 1] * 65536 + this[o + 2] * 256 + this[o + 3];
        },
        readInt32LE: function (o) { return this.readUInt32LE(o) | 0; },
        readInt32BE: function (o) { return this.readUInt32BE(o) | 0; },
        toString: function (encoding) {
            if (encoding === "hex") {
                var s = "";
                for (var i = 0; i < this.length; i++) {
                    s += (this[i] < 16 ? "0" : "") + this[i].toString(16);
                }
                return s;
            }
            return Array.prototype.join.call(this, ",");
        }
    };
    Object.defineProperty(global, "__lorabenchBuffer", {
        value: function (bytes) {
            Object.keys(readers).forEach(function (k) {
                Object.defineProperty(bytes, k, { value: readers[k], enumerable: false });
            });
            return bytes;
        }
    });
    function guard(proto, name, size) {
        var original = proto[name];
        Object.defineProperty(proto, name, {
            value: function () {
                if (size(this, arguments) > LIMIT) {
                    throw new RangeError(name + " would exceed the sandbox size limit of " + LIMIT);
                }
                return original.apply(this, arguments);
            },
            writable: false, enumerable: false, configurable: false
        });
    }
    guard(String.prototype, "repeat", function (s, a) { return String(s).length * (a[0] | 0); });
    guard(String.prototype, "padStart", function (s, a) { return a[0]; });
    guard(String.prototype, "padEnd", function (s, a) { return a[0]; });
    guard(Array.prototype, "join", function (s, a) { return s.length * (1 + (a[0] === undefined ? 1 : String(a[0]).length)); });
    guard(Array.prototype, "fill", function (s) { return s.length; });
})(this, __LIMIT);

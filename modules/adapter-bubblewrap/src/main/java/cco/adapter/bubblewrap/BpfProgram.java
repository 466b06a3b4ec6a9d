package cco.adapter.bubblewrap;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A classic BPF program as the kernel's seccomp(2) takes it: a list of {@code sock_filter}
 * instructions (code, jt, jf, k) in native byte order, with jumps written as labels.
 */
final class BpfProgram {
    static final int LOAD_WORD_ABSOLUTE = 0x20;
    static final int JUMP_IF_EQUAL = 0x15;
    static final int JUMP_IF_GREATER_OR_EQUAL = 0x35;
    static final int JUMP_IF_ANY_BIT = 0x45;
    static final int RETURN = 0x06;
    private static final int INSTRUCTION_BYTES = 8;

    private record Instruction(int code, String whenTrue, String whenFalse, int k) {
    }

    private final List<Instruction> instructions = new ArrayList<>();
    private final Map<String, Integer> labels = new HashMap<>();

    BpfProgram load(int offset) {
        instructions.add(new Instruction(LOAD_WORD_ABSOLUTE, null, null, offset));
        return this;
    }

    /** Jump to {@code whenTrue} if the accumulator equals k, else to {@code whenFalse} (null: next). */
    BpfProgram jumpIfEqual(int k, String whenTrue, String whenFalse) {
        instructions.add(new Instruction(JUMP_IF_EQUAL, whenTrue, whenFalse, k));
        return this;
    }

    BpfProgram jumpIfAtLeast(int k, String whenTrue, String whenFalse) {
        instructions.add(new Instruction(JUMP_IF_GREATER_OR_EQUAL, whenTrue, whenFalse, k));
        return this;
    }

    /** Jump to {@code whenTrue} if the accumulator has any bit of k set. */
    BpfProgram jumpIfAnyBit(int k, String whenTrue, String whenFalse) {
        instructions.add(new Instruction(JUMP_IF_ANY_BIT, whenTrue, whenFalse, k));
        return this;
    }

    BpfProgram label(String name) {
        if (labels.putIfAbsent(name, instructions.size()) != null) {
            throw new IllegalStateException("label defined twice: " + name);
        }
        return this;
    }

    BpfProgram returnValue(int value) {
        instructions.add(new Instruction(RETURN, null, null, value));
        return this;
    }

    byte[] assemble() {
        ByteBuffer bytes = ByteBuffer.allocate(instructions.size() * INSTRUCTION_BYTES).order(ByteOrder.nativeOrder());
        for (int index = 0; index < instructions.size(); index++) {
            Instruction instruction = instructions.get(index);
            bytes.putShort((short) instruction.code())
                    .put(offset(index, instruction.whenTrue()))
                    .put(offset(index, instruction.whenFalse()))
                    .putInt(instruction.k());
        }
        return bytes.array();
    }

    int length() {
        return instructions.size();
    }

    /** Jumps are relative to the next instruction and only go forward, at most 255 steps. */
    private byte offset(int from, String label) {
        if (label == null) {
            return 0;
        }
        Integer target = labels.get(label);
        if (target == null) {
            throw new IllegalStateException("undefined label: " + label);
        }
        int distance = target - from - 1;
        if (distance < 0 || distance > 255) {
            throw new IllegalStateException("jump out of range to " + label + ": " + distance);
        }
        return (byte) distance;
    }
}

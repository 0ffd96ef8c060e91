package org.alsstress.commands;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;

import ij.ImagePlus;
import ij.macro.Interpreter;
import ij.process.ByteProcessor;

import org.alsstress.model.UserInputException;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class ImageInputsTest {
	private final ImagePlus blot = new ImagePlus("pTBK1 [day 1].tif", new ByteProcessor(8, 8));
	private final ImagePlus other = new ImagePlus("TBK1.tif", new ByteProcessor(8, 8));

	@Before
	public void openInBatchMode() {
		Interpreter.batchMode = true;
		Interpreter.addBatchModeImage(blot);
		Interpreter.addBatchModeImage(other);
	}

	@After
	public void close() {
		Interpreter.removeBatchModeImage(blot);
		Interpreter.removeBatchModeImage(other);
		Interpreter.batchMode = false;
	}

	@Test
	public void anOpenImageIsFoundByTitleByIdOrAsTheActiveImage() {
		assertSame(blot, ImageInputs.open("target_image", "pTBK1 [day 1].tif"));
		assertSame(blot, ImageInputs.open("target_image", " pTBK1 [day 1].tif "));
		assertSame(blot, ImageInputs.open("target_image", String.valueOf(blot.getID())));
		Interpreter.activateImage(blot);
		assertSame(blot, ImageInputs.open("target_image", "*ACTIVE*"));
		Interpreter.activateImage(other);
		assertSame(other, ImageInputs.open("target_image", ImageInputs.ACTIVE));
	}

	@Test
	public void anImageIsGivenByFileOrByTitleNotBoth() {
		assertTrue(ImageInputs.byTitle("target", null, "target_image", "TBK1.tif"));
		assertFalse(ImageInputs.byTitle("target", new File("blot.tif"), "target_image", " "));
		assertFalse(ImageInputs.byTitle("target", new File(""), "target_image", ""));
		try {
			ImageInputs.byTitle("target", new File("blot.tif"), "target_image", "TBK1.tif");
			fail("both accepted");
		}
		catch (UserInputException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("not both"));
		}
	}

	@Test
	public void withNoImageOpenTheActiveImageIsAMessage() {
		close();
		try {
			ImageInputs.open("reference_image", ImageInputs.ACTIVE);
			fail("no image, yet an active one");
		}
		catch (UserInputException e) {
			assertTrue(e.getMessage(), e.getMessage().startsWith("reference_image is *active* but no image is open"));
		}
		try {
			ImageInputs.open("reference_image", "TBK1.tif");
			fail("a closed image found");
		}
		catch (UserInputException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("No image is open."));
		}
	}
}
